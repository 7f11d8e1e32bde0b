import { AnthropicError } from '@anth/core';
import type { BetaMemoryTool20250818ViewCommand } from '../../types/beta-memory-tool.js';
import { errorCode, loadNodeModules } from './load-node-modules.js';
import { doesNotExist, readMemoryFile } from './read-memory-file.js';
import { isInside, resolveMemoryPath } from './resolve-memory-path.js';

const MAX_LINES = 999_999;
const LINE_NUMBER_WIDTH = String(MAX_LINES).length;

/**
 * The memory `view` command on the directory `root`: a directory lists its files and directories two
 * levels deep with their sizes (hidden entries, `node_modules` and symlinks leading outside left
 * out); a file shows its lines numbered, all of them or `view_range` (1-based, `-1` for the end).
 *
 * @throws AnthropicError for a path that is refused or does not exist, or a file over 999,999 lines.
 * @example
 * await viewMemory(root, { command: 'view', path: '/memories' });
 * // "Here're the files and directories up to 2 levels deep in /memories, excluding hidden items and node_modules:\n4.0K\t/memories\n…"
 */
export async function viewMemory(root: string, command: BetaMemoryTool20250818ViewCommand): Promise<string> {
  const { fs } = await loadNodeModules();
  const location = await resolveMemoryPath(root, command.path);
  let stat: import('node:fs').Stats;
  try {
    stat = await fs.stat(location.realPath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw doesNotExist(command.path);
    throw error;
  }
  if (stat.isDirectory()) return listDirectory(root, location.realPath, displayPath(command.path), stat.size);
  if (!stat.isFile()) throw new AnthropicError(`Unsupported file type for ${command.path}`);
  return numberedFile(await readMemoryFile(location), command);
}

/** `path` without trailing slashes (`/memories/` shows as `/memories`). */
function displayPath(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

async function listDirectory(root: string, directory: string, shownPath: string, size: number): Promise<string> {
  const { fs, path } = await loadNodeModules();
  const realRoot = await fs.realpath(root);
  const lines = [`${formatFileSize(size)}\t${shownPath}`];
  const collect = async (current: string, relative: string, depth: number): Promise<void> => {
    for (const name of (await fs.readdir(current)).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const itemPath = path.join(current, name);
      const itemRelative = relative ? `${relative}/${name}` : name;
      let itemStat: import('node:fs').Stats;
      try {
        // A symlink is listed as what it points to, and only when that is inside the root.
        if (!isInside(path, realRoot, await fs.realpath(itemPath))) continue;
        itemStat = await fs.stat(itemPath);
      } catch {
        continue;
      }
      if (itemStat.isDirectory()) {
        lines.push(`${formatFileSize(itemStat.size)}\t${shownPath}/${itemRelative}/`);
        if (depth < 2) await collect(itemPath, itemRelative, depth + 1);
      } else if (itemStat.isFile()) {
        lines.push(`${formatFileSize(itemStat.size)}\t${shownPath}/${itemRelative}`);
      }
    }
  };
  await collect(directory, '', 1);
  const header = `Here're the files and directories up to 2 levels deep in ${shownPath}, excluding hidden items and node_modules:`;
  return `${header}\n${lines.join('\n')}`;
}

function numberedFile(content: string, command: BetaMemoryTool20250818ViewCommand): string {
  const lines = content.split('\n');
  if (lines.length > MAX_LINES) {
    throw new AnthropicError(
      `File ${command.path} has too many lines (${lines.length}). Maximum is ${MAX_LINES.toLocaleString('en-US')} lines.`,
    );
  }
  let shown = lines;
  let first = 1;
  const range = command.view_range;
  if (range && range.length === 2) {
    const start = Math.max(1, range[0] as number) - 1;
    const end = range[1] === -1 ? lines.length : (range[1] as number);
    shown = lines.slice(start, end);
    first = start + 1;
  }
  const numbered = shown.map((line, index) => numberLine(first + index, line));
  return `Here's the content of ${command.path} with line numbers:\n${numbered.join('\n')}`;
}

/** A line as the memory tool shows it: its number right-aligned in six columns, a tab, the text. */
export function numberLine(lineNumber: number, line: string): string {
  return `${String(lineNumber).padStart(LINE_NUMBER_WIDTH, ' ')}\t${line}`;
}

/** A size as `ls -h` writes it: `0B`, `512B`, `4K`, `1.5M`. */
export function formatFileSize(bytes: number): string {
  if (bytes === 0) return '0B';
  const units = ['B', 'K', 'M', 'G'];
  const exponent = Math.min(Math.floor(Math.log(bytes) / Math.log(1024)), units.length - 1);
  const size = bytes / 1024 ** exponent;
  return `${size % 1 === 0 ? size.toString() : size.toFixed(1)}${units[exponent]}`;
}
