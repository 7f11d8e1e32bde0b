/**
 * The commands of the memory tool (`memory_20250818`): the `input` of its `tool_use` blocks. The
 * model keeps notes in a `/memories` directory that your code stores; every path starts with
 * `/memories`.
 */

/** Shows a directory listing (two levels deep, with sizes) or a file with line numbers. */
export interface BetaMemoryTool20250818ViewCommand {
  command: 'view';

  /** The directory or file, e.g. `/memories` or `/memories/notes.md`. */
  path: string;

  /** For a file: the first and last line to show (1-based; `-1` as the last means the end). */
  view_range?: number[];
}

/** Creates a file (it must not exist yet). */
export interface BetaMemoryTool20250818CreateCommand {
  command: 'create';

  /** The whole content of the new file. */
  file_text: string;

  path: string;
}

/** Replaces the one occurrence of `old_str` in a file with `new_str`. */
export interface BetaMemoryTool20250818StrReplaceCommand {
  command: 'str_replace';

  /** The replacement. */
  new_str: string;

  /** The text to replace; it must occur exactly once. */
  old_str: string;

  path: string;
}

/** Inserts text after line `insert_line` of a file (`0` inserts at the top). */
export interface BetaMemoryTool20250818InsertCommand {
  command: 'insert';

  /** The line after which the text goes; from `0` to the number of lines. */
  insert_line: number;

  insert_text: string;

  path: string;
}

/** Deletes a file or a directory (with its content). */
export interface BetaMemoryTool20250818DeleteCommand {
  command: 'delete';

  path: string;
}

/** Renames or moves a file or a directory; the destination must not exist. */
export interface BetaMemoryTool20250818RenameCommand {
  command: 'rename';

  new_path: string;

  old_path: string;
}

/**
 * Any command of the memory tool, discriminated on `command`.
 *
 * @example
 * const command: BetaMemoryTool20250818Command = { command: 'view', path: '/memories' };
 */
export type BetaMemoryTool20250818Command =
  | BetaMemoryTool20250818ViewCommand
  | BetaMemoryTool20250818CreateCommand
  | BetaMemoryTool20250818StrReplaceCommand
  | BetaMemoryTool20250818InsertCommand
  | BetaMemoryTool20250818DeleteCommand
  | BetaMemoryTool20250818RenameCommand;
