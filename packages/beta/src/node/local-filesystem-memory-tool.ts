import type { BetaMemoryToolExtra, MemoryToolHandlers } from '../memory/beta-memory-tool.js';
import { betaMemoryTool } from '../memory/beta-memory-tool.js';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { MemoryTool20250818 } from '@anth/core';
import type {
  BetaMemoryTool20250818Command,
  BetaMemoryTool20250818CreateCommand,
  BetaMemoryTool20250818DeleteCommand,
  BetaMemoryTool20250818InsertCommand,
  BetaMemoryTool20250818RenameCommand,
  BetaMemoryTool20250818StrReplaceCommand,
  BetaMemoryTool20250818ViewCommand,
} from '../types/beta-memory-tool.js';
import { createMemory, insertInMemory, replaceInMemory } from './memory/edit-memory.js';
import { deleteMemory, renameMemory } from './memory/move-memory.js';
import { viewMemory } from './memory/view-memory.js';

/**
 * The memory tool's handlers on a directory of your disk: `/memories` is `directory` (created,
 * owner-only, on first use), `/memories/notes/todo.md` is `<directory>/notes/todo.md`. Every command
 * answers as the official SDK's does. Paths that could leave the directory are refused (not under
 * `/memories`, `..` above it, symlinks pointing out), and edits replace a file in one step (a
 * temporary file renamed over it), so a crash never leaves half a memory. Node only (`node:fs` is
 * loaded on first use).
 *
 * @example
 * import { LocalFilesystemMemoryTool } from '@anth/beta/node';
 * const memory = new LocalFilesystemMemoryTool('./agent-memory');
 * const final = await betaToolRunner(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024, tools: [memory.tool()],
 *   messages: [{ role: 'user', content: 'Remember that I prefer metric units.' }],
 * });
 */
export class LocalFilesystemMemoryTool implements MemoryToolHandlers {
  /** The directory that stands for `/memories`. */
  readonly directory: string;

  constructor(directory: string) {
    this.directory = directory;
  }

  /**
   * The runnable `memory_20250818` tool for the tool runner, backed by this directory.
   *
   * @example
   * const tools = [new LocalFilesystemMemoryTool('./agent-memory').tool({ cache_control: { type: 'ephemeral' } })];
   */
  tool(extra?: BetaMemoryToolExtra): BetaRunnableTool<BetaMemoryTool20250818Command, MemoryTool20250818> {
    return betaMemoryTool(this, extra);
  }

  /**
   * The `view` command: a directory lists its files two levels deep with their sizes; a file shows
   * its lines numbered (all of them, or `view_range`).
   */
  view(command: BetaMemoryTool20250818ViewCommand): Promise<string> {
    return viewMemory(this.directory, command);
  }

  /** The `create` command: a new file (its directories made as needed), written whole at once. */
  create(command: BetaMemoryTool20250818CreateCommand): Promise<string> {
    return createMemory(this.directory, command);
  }

  /** The `str_replace` command: replaces the one occurrence of `old_str` and shows the edited lines. */
  str_replace(command: BetaMemoryTool20250818StrReplaceCommand): Promise<string> {
    return replaceInMemory(this.directory, command);
  }

  /** The `insert` command: puts `insert_text` after line `insert_line` (`0`: at the top). */
  insert(command: BetaMemoryTool20250818InsertCommand): Promise<string> {
    return insertInMemory(this.directory, command);
  }

  /** The `delete` command: removes a file or a directory with everything in it. */
  delete(command: BetaMemoryTool20250818DeleteCommand): Promise<string> {
    return deleteMemory(this.directory, command);
  }

  /** The `rename` command: moves a file or directory to `new_path` (which must not exist yet). */
  rename(command: BetaMemoryTool20250818RenameCommand): Promise<string> {
    return renameMemory(this.directory, command);
  }
}
