import { AnthropicError, BadRequestError, CursorPage, NotFoundError, toFile } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient, sentHeaders } from '../test-client.js';
import type { Skill, SkillVersion } from '../types/index.js';
import { createSkillVersion } from './create-skill-version.js';
import { createSkill } from './create-skill.js';
import { deleteSkillVersion } from './delete-skill-version.js';
import { deleteSkill } from './delete-skill.js';
import { downloadSkillVersion } from './download-skill-version.js';
import { listSkillVersions } from './list-skill-versions.js';
import { listSkills } from './list-skills.js';
import { retrieveSkillVersion } from './retrieve-skill-version.js';
import { retrieveSkill } from './retrieve-skill.js';
import { Skills } from './skills.js';

const SKILL_MD = '---\nname: greeter\ndescription: Greets people\n---\nSay hello in their language.\n';
const skillFiles = () => [
  new File([SKILL_MD], 'greeter/SKILL.md', { type: 'text/markdown' }),
  new File([new Uint8Array([1, 2, 3])], 'greeter/scripts/data.bin'),
];

function capturingClient() {
  const sent: Request[] = [];
  const { client, emulator } = emulatedClient({
    middleware: [async (request, next) => (sent.push(request.clone()), next(request))],
  });
  return { client, emulator, sent };
}

describe('Skills', () => {
  it('creates a skill: multipart files[] keeping directory-qualified names, display_title, the caller’s betas only', async () => {
    const { client, emulator, sent } = capturingClient();
    const skill = await createSkill(client, {
      display_title: 'Greeter',
      files: skillFiles(),
      betas: ['extra-2026-01-01'],
    });
    expectTypeOf(skill).toMatchTypeOf<Skill>();
    expect(skill).toMatchObject({
      id: expect.stringMatching(/^skill_/),
      type: 'skill',
      source: 'custom',
      display_title: 'Greeter',
      latest_version: expect.any(String),
    });
    const [request] = emulator.requests;
    expect(request?.url).toBe('http://emulator.test/v1/skills');
    expect(request?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    const form = await (sent[0] as Request).formData();
    expect(form.get('display_title')).toBe('Greeter');
    const parts = form.getAll('files[]') as File[];
    expect(parts.map((part) => part.name)).toEqual(['greeter/SKILL.md', 'greeter/scripts/data.bin']);
    expect(new Uint8Array(await (parts[1] as File).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect([...form.keys()]).toEqual(['display_title', 'files[]', 'files[]']);
  });

  it('checks the layout before sending, with a message that says how to fix it', async () => {
    const { client, emulator } = emulatedClient();
    await expect(createSkill(client, { files: [new File([SKILL_MD], 'SKILL.md')] })).rejects.toThrow(
      /must be named with its path under the skill's top-level directory.*skillFilesFromDirectory/,
    );
    await expect(
      createSkill(client, { files: [new File([SKILL_MD], 'a/SKILL.md'), new File(['x'], 'b/x.txt')] }),
    ).rejects.toThrow('Skill files must all be under one top-level directory; got "a", "b".');
    await expect(createSkill(client, { files: [new File(['x'], 'greeter/readme.md')] })).rejects.toThrow(
      '"greeter/SKILL.md" is missing',
    );
    await expect(createSkill(client, { files: [] })).rejects.toThrow(AnthropicError);
    expect(emulator.requests).toHaveLength(0);
    // Windows separators and toFile() names are fine.
    const skill = await createSkill(client, {
      files: [await toFile(new TextEncoder().encode(SKILL_MD), 'greeter\\SKILL.md')],
    });
    expect(skill.latest_version).toEqual(expect.any(String));
    // The API checks what the SDK cannot: the SKILL.md frontmatter.
    await expect(
      createSkill(client, { files: [new File(['no frontmatter'], 'greeter/SKILL.md')] }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('retrieves, lists with cursor pages (all pages with for await), and deletes', async () => {
    const { client, emulator } = emulatedClient();
    const skills = new Skills(client);
    const created = await skills.create({ files: skillFiles() });
    expect(await skills.retrieve(created.id)).toEqual(created);
    expect(emulator.requests.at(-1)?.url).toBe(`http://emulator.test/v1/skills/${created.id}`);

    const page = await skills.list({ limit: 2 });
    expect(page).toBeInstanceOf(CursorPage);
    expect(page.data).toHaveLength(2);
    expect(page.next_page).toEqual(expect.any(String));
    const all: string[] = [];
    for await (const skill of skills.list({ limit: 2 })) all.push(skill.id);
    expect(all[0]).toBe(created.id);
    expect(all).toHaveLength(5); // ours and the four built-in ones
    const secondPage = emulator.requests.find((request) => request.query.get('page') !== null);
    expect(secondPage?.url).toBe(`http://emulator.test/v1/skills?limit=2&page=${page.next_page}`);
    expect(secondPage?.headers.has('anthropic-beta')).toBe(false);
    expect((await skills.list({ source: 'custom' })).data.map((skill) => skill.id)).toEqual([created.id]);

    // The API refuses while versions remain.
    await expect(skills.delete(created.id)).rejects.toBeInstanceOf(BadRequestError);
    await skills.versions.delete(created.latest_version as string, { skill_id: created.id });
    expect(await deleteSkill(client, created.id)).toEqual({ id: created.id, type: 'skill_deleted' });
    expect(emulator.requests.at(-1)?.method).toBe('DELETE');
    await expect(skills.retrieve(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('versions: create, list, retrieve, download and delete', async () => {
    const { client, emulator, sent } = capturingClient();
    const skills = new Skills(client);
    const skill = await skills.create({ files: skillFiles() });
    const version = await skills.versions.create(skill.id, {
      files: [new File([SKILL_MD.replace('Greets people', 'Greets everyone')], 'greeter/SKILL.md')],
      betas: ['extra-2026-01-01'],
    });
    expectTypeOf(version).toMatchTypeOf<SkillVersion>();
    expect(version).toMatchObject({
      type: 'skill_version',
      skill_id: skill.id,
      name: 'greeter',
      description: 'Greets everyone',
      directory: 'greeter',
    });
    expect(emulator.requests.at(-1)?.url).toBe(`http://emulator.test/v1/skills/${skill.id}/versions`);
    expect(emulator.requests.at(-1)?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    expect([...(await (sent.at(-1) as Request).formData()).keys()]).toEqual(['files[]']);

    const versions = await skills.versions.list(skill.id, { limit: 1 });
    expect(versions.data.map((entry) => entry.version)).toEqual([version.version]);
    expect(versions.hasNextPage()).toBe(true);
    expect((await versions.getNextPage()).data.map((entry) => entry.version)).toEqual([skill.latest_version]);

    expect(await skills.versions.retrieve(version.version, { skill_id: skill.id })).toEqual(version);
    expect(emulator.requests.at(-1)?.url).toBe(
      `http://emulator.test/v1/skills/${skill.id}/versions/${version.version}`,
    );

    const archive = await skills.versions.download(version.version, { skill_id: skill.id });
    expect(archive.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(await archive.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(emulator.requests.at(-1)?.headers.get('accept')).toBe('application/binary');
    expect(emulator.requests.at(-1)?.url).toBe(
      `http://emulator.test/v1/skills/${skill.id}/versions/${version.version}/content`,
    );

    expect(await skills.versions.delete(version.version, { skill_id: skill.id })).toEqual({
      id: version.version,
      type: 'skill_version_deleted',
    });
    expect((await skills.retrieve(skill.id)).latest_version).toBe(skill.latest_version);
  });

  it('sends no beta of its own and workspace_id only as anthropic-workspace-id, on skills and versions', async () => {
    const { client, emulator } = emulatedClient();
    const skill = await createSkill(client, { files: skillFiles() });
    const version = await createSkillVersion(client, skill.id, { files: skillFiles() });
    await listSkills(client, { source: 'custom' });
    await retrieveSkill(client, skill.id);
    await listSkillVersions(client, skill.id);
    await retrieveSkillVersion(client, version.version, { skill_id: skill.id });
    await downloadSkillVersion(client, version.version, { skill_id: skill.id });
    await deleteSkillVersion(client, version.version, { skill_id: skill.id });
    const none = { beta: null, workspace: null, workspaceInQueryOrBody: false };
    expect(emulator.requests.map(sentHeaders)).toEqual(Array(8).fill(none));

    emulator.reset();
    const workspace = { workspace_id: 'wrkspc_01' };
    const betas = ['extra-2026-01-01'];
    const skills = new Skills(client);
    const other = await skills.create({ files: skillFiles(), ...workspace, betas });
    const next = await skills.versions.create(other.id, { files: skillFiles(), ...workspace });
    const listed: string[] = [];
    for await (const each of skills.list({ limit: 2, ...workspace })) listed.push(each.id);
    expect(listed).toHaveLength(5); // ours (reset() emptied the store) and the four built-in ones, over three pages
    await skills.retrieve(other.id, { ...workspace, betas });
    await skills.versions.list(other.id, { ...workspace, betas });
    await skills.versions.retrieve(next.version, { skill_id: other.id, ...workspace });
    await skills.versions.download(next.version, { skill_id: other.id, ...workspace });
    await skills.versions.delete(next.version, { skill_id: other.id, ...workspace });
    await skills.versions.delete(other.latest_version as string, { skill_id: other.id, ...workspace });
    await skills.delete(other.id, workspace);
    const sent = emulator.requests.map(sentHeaders);
    expect(sent).toHaveLength(12);
    expect(sent.map((request) => request.workspace)).toEqual(Array(12).fill('wrkspc_01'));
    expect(sent.some((request) => request.workspaceInQueryOrBody)).toBe(false);
    expect(sent.map((request) => request.beta)).toEqual([
      'extra-2026-01-01', // create
      null, // versions.create
      null, // list, page 1
      null, // list, page 2
      null, // list, page 3
      'extra-2026-01-01', // retrieve
      'extra-2026-01-01', // versions.list
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('refuses a workspace_id that is not a string before sending, naming the method', () => {
    const { client, emulator } = emulatedClient();
    const bad = { workspace_id: 7 as unknown as string };
    const check = (call: () => unknown, method: string) => {
      expect(call).toThrow(AnthropicError);
      expect(call).toThrow(`${method} needs workspace_id as a string; received number.`);
    };
    check(() => createSkill(client, { files: skillFiles(), ...bad }), 'createSkill');
    check(() => listSkills(client, bad), 'listSkills');
    check(() => retrieveSkill(client, 'skill_1', bad), 'retrieveSkill');
    check(() => deleteSkill(client, 'skill_1', bad), 'deleteSkill');
    check(() => createSkillVersion(client, 'skill_1', { files: skillFiles(), ...bad }), 'createSkillVersion');
    check(() => listSkillVersions(client, 'skill_1', bad), 'listSkillVersions');
    check(() => retrieveSkillVersion(client, '1', { skill_id: 'skill_1', ...bad }), 'retrieveSkillVersion');
    check(() => deleteSkillVersion(client, '1', { skill_id: 'skill_1', ...bad }), 'deleteSkillVersion');
    check(() => downloadSkillVersion(client, '1', { skill_id: 'skill_1', ...bad }), 'downloadSkillVersion');
    expect(emulator.requests).toHaveLength(0);
  });
});
