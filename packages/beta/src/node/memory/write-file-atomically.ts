import { errorCode, loadNodeModules } from './load-node-modules.js';

// Owner read/write only, whatever the umask: memories are the user's and the model's notes.
const FILE_MODE = 0o600;

/**
 * Writes `content` to `target` so that readers (and a crash) only ever see the old file or the whole
 * new one: the text goes to a hidden temporary file in the same directory, is flushed to disk, and
 * is then renamed over `target` (an atomic replacement on POSIX file systems). With
 * `exclusive: true` the target must not exist: the temporary file is hard-linked to it (which fails
 * if it exists, atomically), then removed; on a file system without hard links it falls back to a
 * check then a rename.
 *
 * @returns `false` when `exclusive` and the target exists (nothing was written), else `true`.
 * @example
 * await writeFileAtomically('/srv/memory/notes.md', '# Notes\n');
 */
export async function writeFileAtomically(
  target: string,
  content: string,
  { exclusive = false }: { exclusive?: boolean } = {},
): Promise<boolean> {
  const { fs, path, crypto } = await loadNodeModules();
  const temporary = path.join(path.dirname(target), `.tmp-${process.pid}-${crypto.randomUUID()}`);
  try {
    const handle = await fs.open(temporary, 'wx', FILE_MODE);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!exclusive) {
      await fs.rename(temporary, target);
      return true;
    }
    try {
      await fs.link(temporary, target);
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
      // No hard links here: check, then rename (a concurrent writer could still slip in between).
      if (await exists(target)) return false;
      await fs.rename(temporary, target);
      return true;
    }
  } finally {
    // Gone after a rename; after a link (or a failure) this removes the temporary name.
    await fs.unlink(temporary).catch(() => {});
  }
}

/** Whether something (a dangling symlink included) is at `target`. */
export async function exists(target: string): Promise<boolean> {
  const { fs } = await loadNodeModules();
  try {
    await fs.lstat(target);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
