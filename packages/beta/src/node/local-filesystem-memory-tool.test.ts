import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnthropicError } from '@anth/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFilesystemMemoryTool } from './local-filesystem-memory-tool.js';

let base = '';
let root = '';
let outside = '';
let memory: LocalFilesystemMemoryTool;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'anth-memory-'));
  root = join(base, 'memories');
  outside = join(base, 'outside');
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), 'top secret\n');
  memory = new LocalFilesystemMemoryTool(root);
});
afterEach(() => rm(base, { recursive: true, force: true }));

/** The rejection message of `promise`, checking it is an AnthropicError. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AnthropicError);
  return (error as Error).message;
}

describe('LocalFilesystemMemoryTool commands', () => {
  it('view lists the directory two levels deep with sizes, skipping hidden entries and node_modules', async () => {
    await memory.create({ command: 'create', path: '/memories/notes.md', file_text: 'a'.repeat(1536) });
    await memory.create({ command: 'create', path: '/memories/projects/anth/plan.md', file_text: 'plan' });
    await memory.create({ command: 'create', path: '/memories/projects/anth/deep/too-deep.md', file_text: 'x' });
    await writeFile(join(root, '.hidden'), 'no');
    await mkdir(join(root, 'node_modules'));
    const directorySize = async (path: string): Promise<string> => {
      const bytes = (await stat(path)).size;
      return bytes % 1024 === 0 ? `${bytes / 1024}K` : `${(bytes / 1024).toFixed(1)}K`;
    };
    expect(await memory.view({ command: 'view', path: '/memories' })).toBe(
      [
        "Here're the files and directories up to 2 levels deep in /memories, excluding hidden items and node_modules:",
        `${await directorySize(root)}\t/memories`,
        '1.5K\t/memories/notes.md',
        `${await directorySize(join(root, 'projects'))}\t/memories/projects/`,
        `${await directorySize(join(root, 'projects', 'anth'))}\t/memories/projects/anth/`,
      ].join('\n'),
    );
    expect((await memory.view({ command: 'view', path: '/memories/projects/' })).split('\n').slice(1)).toEqual([
      `${await directorySize(join(root, 'projects'))}\t/memories/projects`,
      `${await directorySize(join(root, 'projects', 'anth'))}\t/memories/projects/anth/`,
      `${await directorySize(join(root, 'projects', 'anth', 'deep'))}\t/memories/projects/anth/deep/`,
      '4B\t/memories/projects/anth/plan.md',
    ]);
  });

  it('view shows a file with right-aligned line numbers, whole or a view_range', async () => {
    await memory.create({ command: 'create', path: '/memories/todo.md', file_text: 'one\ntwo\nthree\nfour' });
    expect(await memory.view({ command: 'view', path: '/memories/todo.md' })).toBe(
      "Here's the content of /memories/todo.md with line numbers:\n     1\tone\n     2\ttwo\n     3\tthree\n     4\tfour",
    );
    expect(await memory.view({ command: 'view', path: '/memories/todo.md', view_range: [2, 3] })).toBe(
      "Here's the content of /memories/todo.md with line numbers:\n     2\ttwo\n     3\tthree",
    );
    expect(await memory.view({ command: 'view', path: '/memories/todo.md', view_range: [3, -1] })).toBe(
      "Here's the content of /memories/todo.md with line numbers:\n     3\tthree\n     4\tfour",
    );
    expect(await refusal(memory.view({ command: 'view', path: '/memories/missing.md' }))).toBe(
      'The path /memories/missing.md does not exist. Please provide a valid path.',
    );
  });

  it('create writes a new file (making its directories, owner-only) and refuses an existing one', async () => {
    expect(await memory.create({ command: 'create', path: '/memories/a/b/c.md', file_text: 'hello\n' })).toBe(
      'File created successfully at: /memories/a/b/c.md',
    );
    expect(await readFile(join(root, 'a', 'b', 'c.md'), 'utf8')).toBe('hello\n');
    expect((await stat(join(root, 'a', 'b', 'c.md'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(root, 'a'))).mode & 0o777).toBe(0o700);
    expect(await refusal(memory.create({ command: 'create', path: '/memories/a/b/c.md', file_text: 'again' }))).toBe(
      'File /memories/a/b/c.md already exists',
    );
    expect(await readFile(join(root, 'a', 'b', 'c.md'), 'utf8')).toBe('hello\n');
    expect(await readdir(join(root, 'a', 'b'))).toEqual(['c.md']);
  });

  it('str_replace replaces the one occurrence (across lines too) and shows the edit in context', async () => {
    await memory.create({
      command: 'create',
      path: '/memories/prefs.md',
      file_text: 'line 1\nline 2\nunits: imperial\nline 4\nline 5\nline 6',
    });
    expect(
      await memory.str_replace({
        command: 'str_replace',
        path: '/memories/prefs.md',
        old_str: 'imperial',
        new_str: 'metric',
      }),
    ).toBe(
      'The memory file has been edited. Here is the snippet showing the change (with line numbers):\n' +
        '     1\tline 1\n     2\tline 2\n     3\tunits: metric\n     4\tline 4\n     5\tline 5',
    );
    await memory.str_replace({
      command: 'str_replace',
      path: '/memories/prefs.md',
      old_str: 'line 4\nline 5',
      new_str: 'merged',
    });
    expect(await readFile(join(root, 'prefs.md'), 'utf8')).toBe('line 1\nline 2\nunits: metric\nmerged\nline 6');
  });

  it('str_replace refuses no match, several matches and an empty old_str, leaving the file unchanged', async () => {
    await memory.create({ command: 'create', path: '/memories/dup.md', file_text: 'cat\ndog\ncat and cat' });
    expect(
      await refusal(
        memory.str_replace({ command: 'str_replace', path: '/memories/dup.md', old_str: 'bird', new_str: 'x' }),
      ),
    ).toBe('No replacement was performed, old_str `bird` did not appear verbatim in /memories/dup.md.');
    expect(
      await refusal(
        memory.str_replace({ command: 'str_replace', path: '/memories/dup.md', old_str: 'cat', new_str: 'x' }),
      ),
    ).toBe(
      'No replacement was performed. Multiple occurrences of old_str `cat` in lines: 1, 3. Please ensure it is unique',
    );
    expect(
      await refusal(
        memory.str_replace({ command: 'str_replace', path: '/memories/dup.md', old_str: '', new_str: 'x' }),
      ),
    ).toBe('No replacement was performed, old_str is empty.');
    expect(
      await refusal(
        memory.str_replace({ command: 'str_replace', path: '/memories/none.md', old_str: 'a', new_str: 'b' }),
      ),
    ).toBe('The path /memories/none.md does not exist. Please provide a valid path.');
    await mkdir(join(root, 'folder'));
    expect(
      await refusal(
        memory.str_replace({ command: 'str_replace', path: '/memories/folder', old_str: 'a', new_str: 'b' }),
      ),
    ).toBe('The path /memories/folder is not a file.');
    expect(await readFile(join(root, 'dup.md'), 'utf8')).toBe('cat\ndog\ncat and cat');
  });

  it('insert puts text after a line (0 = top, last = end) and refuses a line out of range', async () => {
    await memory.create({ command: 'create', path: '/memories/list.md', file_text: 'b\nc' });
    expect(
      await memory.insert({ command: 'insert', path: '/memories/list.md', insert_line: 0, insert_text: 'a\n' }),
    ).toBe('The file /memories/list.md has been edited.');
    await memory.insert({ command: 'insert', path: '/memories/list.md', insert_line: 3, insert_text: 'd' });
    expect(await readFile(join(root, 'list.md'), 'utf8')).toBe('a\nb\nc\nd');
    expect(
      await refusal(memory.insert({ command: 'insert', path: '/memories/list.md', insert_line: 5, insert_text: 'x' })),
    ).toBe('Invalid `insert_line` parameter: 5. It should be within the range of lines of the file: [0, 4]');
    expect(
      await refusal(memory.insert({ command: 'insert', path: '/memories/list.md', insert_line: -1, insert_text: 'x' })),
    ).toBe('Invalid `insert_line` parameter: -1. It should be within the range of lines of the file: [0, 4]');
  });

  it('delete removes a file or a whole directory, never /memories itself', async () => {
    await memory.create({ command: 'create', path: '/memories/old/a.md', file_text: 'a' });
    await memory.create({ command: 'create', path: '/memories/keep.md', file_text: 'k' });
    expect(await memory.delete({ command: 'delete', path: '/memories/old' })).toBe(
      'Successfully deleted /memories/old',
    );
    expect(await readdir(root)).toEqual(['keep.md']);
    expect(await refusal(memory.delete({ command: 'delete', path: '/memories/old' }))).toBe(
      'The path /memories/old does not exist',
    );
    expect(await refusal(memory.delete({ command: 'delete', path: '/memories' }))).toBe(
      'Cannot delete the /memories directory itself',
    );
    expect(await refusal(memory.delete({ command: 'delete', path: '/memories/' }))).toBe(
      'Cannot delete the /memories directory itself',
    );
  });

  it('rename moves a file or directory (making directories) and refuses an existing destination', async () => {
    await memory.create({ command: 'create', path: '/memories/draft.md', file_text: 'text' });
    await memory.create({ command: 'create', path: '/memories/taken.md', file_text: 'mine' });
    expect(
      await memory.rename({
        command: 'rename',
        old_path: '/memories/draft.md',
        new_path: '/memories/archive/2026/final.md',
      }),
    ).toBe('Successfully renamed /memories/draft.md to /memories/archive/2026/final.md');
    expect(await readFile(join(root, 'archive', '2026', 'final.md'), 'utf8')).toBe('text');
    expect(
      await refusal(
        memory.rename({ command: 'rename', old_path: '/memories/archive', new_path: '/memories/taken.md' }),
      ),
    ).toBe('The destination /memories/taken.md already exists');
    expect(await readFile(join(root, 'taken.md'), 'utf8')).toBe('mine');
    expect(
      await refusal(memory.rename({ command: 'rename', old_path: '/memories/gone.md', new_path: '/memories/new.md' })),
    ).toBe('The path /memories/gone.md does not exist');
    expect(
      await refusal(memory.rename({ command: 'rename', old_path: '/memories', new_path: '/memories/elsewhere' })),
    ).toBe('Cannot rename the /memories directory itself');
  });

  it('edits replace the file in one step (a new file renamed over it), leaving no temporary file', async () => {
    await memory.create({ command: 'create', path: '/memories/state.md', file_text: 'version 1' });
    const path = join(root, 'state.md');
    // A second name for the old file: a write in place would change what it shows, a rename cannot.
    await link(path, join(base, 'old-state.md'));
    const before = (await stat(path)).ino;
    await memory.str_replace({ command: 'str_replace', path: '/memories/state.md', old_str: '1', new_str: '2' });
    await memory.insert({ command: 'insert', path: '/memories/state.md', insert_line: 1, insert_text: 'more' });
    expect(await readFile(path, 'utf8')).toBe('version 2\nmore');
    expect(await readFile(join(base, 'old-state.md'), 'utf8')).toBe('version 1');
    expect((await stat(path)).ino).not.toBe(before);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(root)).toEqual(['state.md']);
  });
});

describe('LocalFilesystemMemoryTool refuses every path that leaves the directory', () => {
  it('refuses paths outside /memories, absolute ones, and `..` climbing above it', async () => {
    const cases: Array<[string, string]> = [
      ['/etc/passwd', 'Path must start with /memories, got: /etc/passwd'],
      [join(outside, 'secret.txt'), `Path must start with /memories, got: ${join(outside, 'secret.txt')}`],
      ['memories/notes.md', 'Path must start with /memories, got: memories/notes.md'],
      ['/memories-evil/x', 'Path must start with /memories, got: /memories-evil/x'],
      ['/memories/../outside/secret.txt', 'Path /memories/../outside/secret.txt would escape /memories directory'],
      ['/memories/a/../../../etc/passwd', 'Path /memories/a/../../../etc/passwd would escape /memories directory'],
    ];
    for (const [path, message] of cases) {
      expect(await refusal(memory.view({ command: 'view', path }))).toBe(message);
      expect(await refusal(memory.create({ command: 'create', path, file_text: 'pwned' }))).toBe(message);
      expect(await refusal(memory.delete({ command: 'delete', path }))).toBe(message);
    }
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('top secret\n');
    expect(await readdir(outside)).toEqual(['secret.txt']);
    // `..` that stays inside is just a path.
    await memory.create({ command: 'create', path: '/memories/a/../inside.md', file_text: 'ok' });
    expect(await readFile(join(root, 'inside.md'), 'utf8')).toBe('ok');
  });

  it('refuses symlinks that point out of the directory, for every command, and lists none of them', async () => {
    await mkdir(root, { recursive: true });
    await symlink(outside, join(root, 'escape-dir'));
    await symlink(join(outside, 'secret.txt'), join(root, 'escape-file'));
    await symlink(join(outside, 'not-yet.txt'), join(root, 'dangling'));
    const refusedBySymlink = (path: string): string => `Path ${path} would escape /memories directory via symlink`;

    expect(await refusal(memory.view({ command: 'view', path: '/memories/escape-file' }))).toBe(
      refusedBySymlink('/memories/escape-file'),
    );
    expect(await refusal(memory.view({ command: 'view', path: '/memories/escape-dir/secret.txt' }))).toBe(
      refusedBySymlink('/memories/escape-dir/secret.txt'),
    );
    expect(
      await refusal(memory.create({ command: 'create', path: '/memories/escape-dir/planted.txt', file_text: 'x' })),
    ).toBe(refusedBySymlink('/memories/escape-dir/planted.txt'));
    expect(await refusal(memory.create({ command: 'create', path: '/memories/dangling', file_text: 'x' }))).toBe(
      refusedBySymlink('/memories/dangling'),
    );
    expect(
      await refusal(
        memory.str_replace({ command: 'str_replace', path: '/memories/escape-file', old_str: 'top', new_str: 'no' }),
      ),
    ).toBe(refusedBySymlink('/memories/escape-file'));
    expect(
      await refusal(
        memory.insert({ command: 'insert', path: '/memories/escape-file', insert_line: 0, insert_text: 'x' }),
      ),
    ).toBe(refusedBySymlink('/memories/escape-file'));
    expect(await refusal(memory.delete({ command: 'delete', path: '/memories/escape-dir/secret.txt' }))).toBe(
      refusedBySymlink('/memories/escape-dir/secret.txt'),
    );
    expect(
      await refusal(
        memory.rename({
          command: 'rename',
          old_path: '/memories/escape-dir/secret.txt',
          new_path: '/memories/stolen.txt',
        }),
      ),
    ).toBe(refusedBySymlink('/memories/escape-dir/secret.txt'));
    expect(
      await refusal(
        memory.rename({ command: 'rename', old_path: '/memories/escape-file', new_path: '/memories/x.txt' }),
      ),
    ).toBe(refusedBySymlink('/memories/escape-file'));

    expect(await memory.view({ command: 'view', path: '/memories' })).not.toMatch(/escape|dangling/);
    expect(await readdir(outside)).toEqual(['secret.txt']);
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('top secret\n');
  });

  it('follows symlinks that stay inside, and deletes a link rather than what it points to', async () => {
    await memory.create({ command: 'create', path: '/memories/real/notes.md', file_text: 'inside' });
    await symlink(join(root, 'real'), join(root, 'alias'));
    expect(await memory.view({ command: 'view', path: '/memories/alias/notes.md' })).toBe(
      "Here's the content of /memories/alias/notes.md with line numbers:\n     1\tinside",
    );
    await memory.str_replace({
      command: 'str_replace',
      path: '/memories/alias/notes.md',
      old_str: 'inside',
      new_str: 'edited',
    });
    expect(await readFile(join(root, 'real', 'notes.md'), 'utf8')).toBe('edited');
    await memory.delete({ command: 'delete', path: '/memories/alias' });
    expect((await readdir(root)).sort()).toEqual(['real']);
    expect(await readFile(join(root, 'real', 'notes.md'), 'utf8')).toBe('edited');
  });
});
