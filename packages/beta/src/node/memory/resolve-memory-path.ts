import { AnthropicError } from '@anth/core';
import { errorCode, loadNodeModules } from './load-node-modules.js';

/** Where a `/memories/…` path lives on disk. */
export interface ResolvedMemoryPath {
  /** The path as the model wrote it, for messages. */
  memoryPath: string;
  /** `root` joined with the path (lexically: symlinks not followed). */
  fullPath: string;
  /**
   * The same location with every existing component's symlinks resolved (`realpath`); inside the
   * real root, or the path would have been refused. File contents are read and written here.
   */
  realPath: string;
  /**
   * The entry itself: its parent resolved, its own name kept, so a symlink is the link and not its
   * target. Created, deleted and renamed here.
   */
  entryPath: string;
  /** Whether the path is the `/memories` directory itself. */
  isRoot: boolean;
}

const MEMORY_ROOT = '/memories';

/**
 * Maps a memory path (`/memories` or `/memories/…`) onto `root`, refusing what could reach outside:
 * a path not under `/memories`, a NUL byte, `..` segments that climb above the root, and symlinks
 * (at any component, the last included) whose target is outside the root. The root directory is
 * created (owner-only) when missing.
 *
 * @throws AnthropicError naming the path and why it was refused.
 * @example
 * const { realPath } = await resolveMemoryPath('/srv/agent-memory', '/memories/notes/todo.md');
 */
export async function resolveMemoryPath(root: string, memoryPath: string): Promise<ResolvedMemoryPath> {
  const { fs, path } = await loadNodeModules();
  if (memoryPath !== MEMORY_ROOT && !memoryPath.startsWith(`${MEMORY_ROOT}/`)) {
    throw new AnthropicError(`Path must start with /memories, got: ${memoryPath}`);
  }
  if (memoryPath.includes('\0')) throw new AnthropicError(`Path ${JSON.stringify(memoryPath)} contains a NUL byte`);
  const resolvedRoot = path.resolve(root);
  const segments = memoryPath.slice(MEMORY_ROOT.length).split('/').filter(Boolean);
  const fullPath = path.resolve(resolvedRoot, ...segments);
  if (!isInside(path, resolvedRoot, fullPath)) {
    throw new AnthropicError(`Path ${memoryPath} would escape /memories directory`);
  }
  await fs.mkdir(resolvedRoot, { recursive: true, mode: 0o700 });
  const realRoot = await fs.realpath(resolvedRoot);
  const isRoot = fullPath === resolvedRoot;
  const realPath = await realPathOfDeepestExisting(fullPath, resolvedRoot);
  const entryPath = isRoot
    ? realRoot
    : path.join(await realPathOfDeepestExisting(path.dirname(fullPath), resolvedRoot), path.basename(fullPath));
  if (!isInside(path, realRoot, realPath) || !isInside(path, realRoot, entryPath)) {
    throw new AnthropicError(`Path ${memoryPath} would escape /memories directory via symlink`);
  }
  return { memoryPath, fullPath, realPath, entryPath, isRoot };
}

/** Whether `candidate` is `directory` or inside it. */
export function isInside(path: typeof import('node:path'), directory: string, candidate: string): boolean {
  const relative = path.relative(directory, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * `target` with the symlinks of its deepest existing ancestor (itself, if it exists) resolved, and
 * the components that do not exist yet appended as they are.
 */
async function realPathOfDeepestExisting(target: string, stopAt: string): Promise<string> {
  const { fs, path } = await loadNodeModules();
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...missing.reverse());
    } catch (error) {
      // A dangling symlink also reports ENOENT: `readlink` tells it from a path that does not exist.
      if (errorCode(error) !== 'ENOENT') throw error;
      const danglingTarget = await fs.readlink(current).catch(() => undefined);
      if (danglingTarget !== undefined)
        return path.resolve(path.dirname(current), danglingTarget, ...missing.reverse());
      const parent = path.dirname(current);
      if (current === stopAt || parent === current) return target;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}
