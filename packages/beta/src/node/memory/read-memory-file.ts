import { AnthropicError } from '@anth/core';
import { errorCode, loadNodeModules } from './load-node-modules.js';
import type { ResolvedMemoryPath } from './resolve-memory-path.js';

/**
 * The UTF-8 text of the memory file at `location.realPath`. Opened without following a symlink (the
 * path was resolved already, so a symlink there now was swapped in since) and checked to be a
 * regular file; a FIFO cannot block the open.
 *
 * @throws AnthropicError when there is no file there, or it is not a regular file.
 * @example
 * const text = await readMemoryFile(await resolveMemoryPath(root, '/memories/notes.md'));
 */
export async function readMemoryFile(location: ResolvedMemoryPath): Promise<string> {
  const { fs, constants } = await loadNodeModules();
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let handle: import('node:fs/promises').FileHandle;
  try {
    handle = await fs.open(location.realPath, flags);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw doesNotExist(location.memoryPath);
    if (errorCode(error) === 'ELOOP' || errorCode(error) === 'EMLINK')
      throw new AnthropicError(`The path ${location.memoryPath} is a symlink and cannot be read.`, { cause: error });
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) throw new AnthropicError(`The path ${location.memoryPath} is not a file.`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** The error for a path with nothing at it, in the official wording. */
export function doesNotExist(memoryPath: string): AnthropicError {
  return new AnthropicError(`The path ${memoryPath} does not exist. Please provide a valid path.`);
}
