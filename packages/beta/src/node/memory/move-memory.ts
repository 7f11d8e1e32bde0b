import { AnthropicError } from '@anth/core';
import type {
  BetaMemoryTool20250818DeleteCommand,
  BetaMemoryTool20250818RenameCommand,
} from '../../types/beta-memory-tool.js';
import { errorCode, loadNodeModules } from './load-node-modules.js';
import { resolveMemoryPath } from './resolve-memory-path.js';
import { exists } from './write-file-atomically.js';

/**
 * The memory `delete` command: removes a file, or a directory with its content (a symlink is removed
 * itself, never what it points to).
 *
 * @throws AnthropicError for `/memories` itself, a refused path, or nothing at the path.
 * @example
 * await deleteMemory(root, { command: 'delete', path: '/memories/old.md' }); // 'Successfully deleted /memories/old.md'
 */
export async function deleteMemory(root: string, command: BetaMemoryTool20250818DeleteCommand): Promise<string> {
  const { fs } = await loadNodeModules();
  const location = await resolveMemoryPath(root, command.path);
  if (location.isRoot) throw new AnthropicError('Cannot delete the /memories directory itself');
  try {
    await fs.rm(location.entryPath, { recursive: true, force: false });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new AnthropicError(`The path ${command.path} does not exist`);
    throw error;
  }
  return `Successfully deleted ${command.path}`;
}

/**
 * The memory `rename` command: moves a file or directory (the destination's directories made as
 * needed). The destination must not exist: a rename would silently replace a file.
 *
 * @throws AnthropicError for `/memories` itself, a refused path, a missing source or an existing destination.
 * @example
 * await renameMemory(root, { command: 'rename', old_path: '/memories/a.md', new_path: '/memories/archive/a.md' });
 */
export async function renameMemory(root: string, command: BetaMemoryTool20250818RenameCommand): Promise<string> {
  const { fs, path } = await loadNodeModules();
  const source = await resolveMemoryPath(root, command.old_path);
  const destination = await resolveMemoryPath(root, command.new_path);
  if (source.isRoot) throw new AnthropicError('Cannot rename the /memories directory itself');
  if (await exists(destination.entryPath)) {
    throw new AnthropicError(`The destination ${command.new_path} already exists`);
  }
  if (!(await exists(source.entryPath))) throw new AnthropicError(`The path ${command.old_path} does not exist`);
  await fs.mkdir(path.dirname(destination.entryPath), { recursive: true, mode: 0o700 });
  try {
    await fs.rename(source.entryPath, destination.entryPath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new AnthropicError(`The path ${command.old_path} does not exist`);
    throw error;
  }
  return `Successfully renamed ${command.old_path} to ${command.new_path}`;
}
