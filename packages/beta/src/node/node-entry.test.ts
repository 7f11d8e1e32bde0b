import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSkill } from '../skills/create-skill.js';
import { uploadFile } from '../files/upload-file.js';
import { emulatedClient } from '../test-client.js';
import { fileFromPath, skillFilesFromDirectory } from '../node.js';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anth-beta-'));
  await mkdir(join(root, 'greeter', 'scripts'), { recursive: true });
  await writeFile(join(root, 'greeter', 'SKILL.md'), '---\nname: greeter\ndescription: Greets\n---\nHi.\n');
  await writeFile(join(root, 'greeter', 'scripts', 'run.py'), 'print("hi")\n');
  await writeFile(join(root, 'report.PDF'), new Uint8Array([37, 80, 68, 70, 255]));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('@anth/beta/node', () => {
  it('fileFromPath reads the file with its base name and a type guessed from the extension', async () => {
    const file = await fileFromPath(join(root, 'report.PDF'));
    expect(file.name).toBe('report.PDF');
    expect(file.type).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70, 255]));
    expect(
      (await fileFromPath(join(root, 'greeter', 'scripts', 'run.py'), { type: 'text/plain', name: 'script.py' })).type,
    ).toBe('text/plain');
    await expect(fileFromPath(join(root, 'missing.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('uploads a file from disk', async () => {
    const { client } = emulatedClient();
    const metadata = await uploadFile(client, { file: fileFromPath(join(root, 'report.PDF')) });
    expect(metadata).toMatchObject({ filename: 'report.PDF', mime_type: 'application/pdf', size_bytes: 5 });
  });

  it('skillFilesFromDirectory names every file under the directory as skill uploads require', async () => {
    const files = await skillFilesFromDirectory(join(root, 'greeter'));
    expect(files.map((file) => file.name)).toEqual(['greeter/SKILL.md', 'greeter/scripts/run.py']);
    const { client } = emulatedClient();
    const skill = await createSkill(client, { display_title: 'From disk', files });
    expect(skill.display_title).toBe('From disk');
  });
});
