import { AnthropicError } from '@anth/core';
import type {
  BetaMemoryTool20250818CreateCommand,
  BetaMemoryTool20250818InsertCommand,
  BetaMemoryTool20250818StrReplaceCommand,
} from '../../types/beta-memory-tool.js';
import { errorCode, loadNodeModules } from './load-node-modules.js';
import { doesNotExist, readMemoryFile } from './read-memory-file.js';
import { resolveMemoryPath, type ResolvedMemoryPath } from './resolve-memory-path.js';
import { numberLine } from './view-memory.js';
import { writeFileAtomically } from './write-file-atomically.js';

/**
 * The memory `create` command: a new file (its directories made as needed), written whole at once.
 *
 * @throws AnthropicError when the path is refused or something already exists there.
 * @example
 * await createMemory(root, { command: 'create', path: '/memories/todo.md', file_text: '- buy milk\n' });
 * // 'File created successfully at: /memories/todo.md'
 */
export async function createMemory(root: string, command: BetaMemoryTool20250818CreateCommand): Promise<string> {
  const { fs, path } = await loadNodeModules();
  const location = await resolveMemoryPath(root, command.path);
  if (location.isRoot) throw new AnthropicError(`File ${command.path} already exists`);
  await fs.mkdir(path.dirname(location.entryPath), { recursive: true, mode: 0o700 });
  if (!(await writeFileAtomically(location.entryPath, command.file_text, { exclusive: true }))) {
    throw new AnthropicError(`File ${command.path} already exists`);
  }
  return `File created successfully at: ${command.path}`;
}

/**
 * The memory `str_replace` command: replaces the one occurrence of `old_str` (it may span lines) and
 * shows the edited lines with two lines of context.
 *
 * @throws AnthropicError when `old_str` is empty, absent, or occurs more than once (naming the lines).
 * @example
 * await replaceInMemory(root, { command: 'str_replace', path: '/memories/todo.md', old_str: 'milk', new_str: 'oat milk' });
 */
export async function replaceInMemory(root: string, command: BetaMemoryTool20250818StrReplaceCommand): Promise<string> {
  const location = await resolveMemoryPath(root, command.path);
  const content = await readExistingFile(location);
  const { old_str: oldText, new_str: newText } = command;
  if (oldText === '') throw new AnthropicError(`No replacement was performed, old_str is empty.`);
  const starts = occurrences(content, oldText);
  if (starts.length === 0) {
    throw new AnthropicError(
      `No replacement was performed, old_str \`${oldText}\` did not appear verbatim in ${command.path}.`,
    );
  }
  if (starts.length > 1) {
    const lines = [...new Set(starts.map((start) => lineOf(content, start)))];
    throw new AnthropicError(
      `No replacement was performed. Multiple occurrences of old_str \`${oldText}\` in lines: ${lines.join(', ')}. Please ensure it is unique`,
    );
  }
  const start = starts[0] as number;
  const edited = content.slice(0, start) + newText + content.slice(start + oldText.length);
  await writeFileAtomically(location.realPath, edited);
  const lines = edited.split('\n');
  const changed = lineOf(content, start) - 1;
  const first = Math.max(0, changed - 2);
  const last = Math.min(lines.length, changed + newText.split('\n').length + 2);
  const snippet = lines.slice(first, last).map((line, index) => numberLine(first + index + 1, line));
  return `The memory file has been edited. Here is the snippet showing the change (with line numbers):\n${snippet.join('\n')}`;
}

/**
 * The memory `insert` command: puts `insert_text` after line `insert_line` (`0`: at the top; one
 * trailing newline of the text is dropped, the line break is the file's).
 *
 * @throws AnthropicError when `insert_line` is outside `[0, number of lines]`.
 * @example
 * await insertInMemory(root, { command: 'insert', path: '/memories/todo.md', insert_line: 0, insert_text: '# Todo' });
 * // 'The file /memories/todo.md has been edited.'
 */
export async function insertInMemory(root: string, command: BetaMemoryTool20250818InsertCommand): Promise<string> {
  const location = await resolveMemoryPath(root, command.path);
  const lines = (await readExistingFile(location)).split('\n');
  const { insert_line: after } = command;
  if (!Number.isInteger(after) || after < 0 || after > lines.length) {
    throw new AnthropicError(
      `Invalid \`insert_line\` parameter: ${after}. It should be within the range of lines of the file: [0, ${lines.length}]`,
    );
  }
  lines.splice(after, 0, command.insert_text.replace(/\n$/, ''));
  await writeFileAtomically(location.realPath, lines.join('\n'));
  return `The file ${command.path} has been edited.`;
}

/** The text of an existing regular file, with the official errors for a missing path or a directory. */
async function readExistingFile(location: ResolvedMemoryPath): Promise<string> {
  const { fs } = await loadNodeModules();
  try {
    if (!(await fs.stat(location.realPath)).isFile()) {
      throw new AnthropicError(`The path ${location.memoryPath} is not a file.`);
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw doesNotExist(location.memoryPath);
    throw error;
  }
  return readMemoryFile(location);
}

/** Where `needle` starts in `text`, every time (overlapping occurrences count too). */
function occurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/** The 1-based line of the character at `index`. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}
