import { AnthropicError, BadRequestError, CursorPage, NotFoundError, toFile } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import type { Skill, SkillVersion } from '../types/index.js';
import { createSkill } from './create-skill.js';
import { deleteSkill } from './delete-skill.js';
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
  it('creates a skill: multipart files[] keeping directory-qualified names, display_title, skills-2025-10-02', async () => {
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
    expect(request?.headers.get('anthropic-beta')).toBe('extra-2026-01-01,skills-2025-10-02');
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
    expect(secondPage?.headers.get('anthropic-beta')).toBe('skills-2025-10-02');
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
    expect(emulator.requests.at(-1)?.headers.get('anthropic-beta')).toBe('extra-2026-01-01,skills-2025-10-02');
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
});
