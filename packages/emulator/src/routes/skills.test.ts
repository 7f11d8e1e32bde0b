import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import type { EmulatorFetch } from '../types.js';
import { BASE_URL } from '../testing/request-helpers.js';

const SKILLS_HEADERS = {
  'x-api-key': 'sk-ant-emulator',
  'anthropic-version': '2023-06-01',
  'anthropic-beta': 'skills-2025-10-02',
};
const SKILL_MD = '---\nname: greeter\ndescription: "Greets people warmly"\n---\n\nSay hello.\n';

function skillForm(files: Array<[name: string, content: string | Uint8Array<ArrayBuffer>]>, title?: string): FormData {
  const form = new FormData();
  if (title) form.append('display_title', title);
  for (const [name, content] of files) form.append('files[]', new Blob([content]), name);
  return form;
}

async function call(
  emulator: EmulatorFetch,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await emulator(`${BASE_URL}${path}`, {
    ...init,
    headers: { ...SKILLS_HEADERS, ...(init.headers as Record<string, string>) },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const create = (emulator: EmulatorFetch, form: FormData) =>
  call(emulator, '/v1/skills?beta=true', { method: 'POST', body: form });

describe('Skills API', () => {
  it('creates a skill from files[] under one directory, reading name and description from SKILL.md', async () => {
    const emulator = createEmulatorFetch();
    const { status, body: skill } = await create(
      emulator,
      skillForm(
        [
          ['greeter/SKILL.md', SKILL_MD],
          ['greeter/scripts/run.py', 'print(1)'],
        ],
        'Greeter',
      ),
    );
    expect(status).toBe(200);
    expect(skill).toEqual({
      id: expect.stringMatching(/^skill_/),
      type: 'skill',
      source: 'custom',
      display_title: 'Greeter',
      latest_version: expect.stringMatching(/^\d{16}$/),
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const { body: version } = await call(
      emulator,
      `/v1/skills/${String(skill['id'])}/versions/${String(skill['latest_version'])}?beta=true`,
    );
    expect(version).toMatchObject({
      type: 'skill_version',
      skill_id: skill['id'],
      name: 'greeter',
      description: 'Greets people warmly',
      directory: 'greeter',
    });
  });

  it('serves every route with or without a beta header (none is needed)', async () => {
    const emulator = createEmulatorFetch();
    const { 'anthropic-beta': _beta, ...noBeta } = SKILLS_HEADERS;
    const created = await emulator(`${BASE_URL}/v1/skills`, {
      method: 'POST',
      headers: noBeta,
      body: skillForm([['greeter/SKILL.md', SKILL_MD]]),
    });
    expect(created.status).toBe(200);
    const skill = (await created.json()) as { id: string; latest_version: string };
    const withOtherBeta = { ...noBeta, 'anthropic-beta': 'other-beta-2026-01-01' };
    for (const headers of [noBeta, withOtherBeta, SKILLS_HEADERS]) {
      expect((await emulator(`${BASE_URL}/v1/skills?source=custom`, { headers })).status).toBe(200);
      expect((await emulator(`${BASE_URL}/v1/skills/${skill.id}`, { headers })).status).toBe(200);
      expect((await emulator(`${BASE_URL}/v1/skills/${skill.id}/versions`, { headers })).status).toBe(200);
      const content = `${BASE_URL}/v1/skills/${skill.id}/versions/${skill.latest_version}/content`;
      expect((await emulator(content, { headers })).status).toBe(200);
    }
    const version = `${BASE_URL}/v1/skills/${skill.id}/versions/${skill.latest_version}`;
    expect((await emulator(version, { method: 'DELETE', headers: noBeta })).status).toBe(200);
    expect((await emulator(`${BASE_URL}/v1/skills/${skill.id}`, { method: 'DELETE', headers: noBeta })).status).toBe(
      200,
    );
  });

  it('validates the upload layout as the API does', async () => {
    const emulator = createEmulatorFetch();
    const cases: Array<[Array<[string, string]>, string]> = [
      [[['SKILL.md', SKILL_MD]], 'not inside a top-level directory'],
      [
        [
          ['a/SKILL.md', SKILL_MD],
          ['b/x.txt', 'x'],
        ],
        'same top-level directory',
      ],
      [[['greeter/docs/SKILL.md', SKILL_MD]], 'SKILL.md file must be exactly in the top-level folder.'],
      [[['greeter/SKILL.md', 'no frontmatter']], 'YAML frontmatter'],
      [[], 'at least one file'],
    ];
    for (const [files, message] of cases) {
      const { status, body } = await create(emulator, skillForm(files));
      expect(status).toBe(400);
      expect(body).toMatchObject({
        error: { type: 'invalid_request_error', message: expect.stringContaining(message) },
      });
    }
  });

  it('lists with cursor pages and a source filter; versions newest first; deletes versions then the skill', async () => {
    const emulator = createEmulatorFetch();
    const { body: skill } = await create(emulator, skillForm([['greeter/SKILL.md', SKILL_MD]]));
    const id = String(skill['id']);
    const anthropic = await call(emulator, '/v1/skills?source=anthropic&limit=2');
    expect(anthropic.body).toMatchObject({ has_more: true, next_page: expect.any(String) });
    const next = await call(
      emulator,
      `/v1/skills?source=anthropic&limit=2&page=${String(anthropic.body['next_page'])}`,
    );
    expect(next.body).toMatchObject({ has_more: false, next_page: null });
    expect(
      [
        ...(anthropic.body['data'] as Array<{ source: string }>),
        ...(next.body['data'] as Array<{ source: string }>),
      ].every((entry) => entry.source === 'anthropic'),
    ).toBe(true);
    expect(
      ((await call(emulator, '/v1/skills?source=custom')).body['data'] as Array<{ id: string }>).map(
        (entry) => entry.id,
      ),
    ).toEqual([id]);

    const { body: second } = await call(emulator, `/v1/skills/${id}/versions?beta=true`, {
      method: 'POST',
      body: skillForm([['greeter/SKILL.md', SKILL_MD]]),
    });
    const versions = (await call(emulator, `/v1/skills/${id}/versions`)).body['data'] as Array<{ version: string }>;
    expect(versions[0]?.version).toBe(second['version']);
    expect(versions).toHaveLength(2);
    expect((await call(emulator, `/v1/skills/${id}`)).body['latest_version']).toBe(second['version']);

    const refused = await call(emulator, `/v1/skills/${id}`, { method: 'DELETE' });
    expect(refused.status).toBe(400);
    for (const { version } of versions) {
      expect((await call(emulator, `/v1/skills/${id}/versions/${version}`, { method: 'DELETE' })).body).toEqual({
        id: version,
        type: 'skill_version_deleted',
      });
    }
    expect((await call(emulator, `/v1/skills/${id}`)).body['latest_version']).toBeNull();
    expect((await call(emulator, `/v1/skills/${id}?beta=true`, { method: 'DELETE' })).body).toEqual({
      id,
      type: 'skill_deleted',
    });
    expect((await call(emulator, `/v1/skills/${id}`)).status).toBe(404);
    expect((await call(emulator, '/v1/skills/pdf', { method: 'DELETE' })).status).toBe(400);
  });

  it('downloads a version as a ZIP archive of its files', async () => {
    const emulator = createEmulatorFetch();
    const binary = new Uint8Array([0, 255, 1, 254]);
    const { body: skill } = await create(
      emulator,
      skillForm([
        ['greeter/SKILL.md', SKILL_MD],
        ['greeter/data.bin', binary],
      ]),
    );
    const response = await emulator(`${BASE_URL}/v1/skills/${String(skill['id'])}/versions/latest/content?beta=true`, {
      headers: SKILLS_HEADERS,
    });
    expect(response.headers.get('content-type')).toBe('application/zip');
    const archive = Buffer.from(await response.arrayBuffer());
    const entries = readStoredZip(archive);
    expect(entries.map(([name]) => name)).toEqual(['greeter/SKILL.md', 'greeter/data.bin']);
    expect(entries[0]?.[1].toString('utf8')).toBe(SKILL_MD);
    expect([...(entries[1]?.[1] ?? [])]).toEqual([...binary]);
  });
});

/** Reads a ZIP through its central directory, checking each entry's CRC-32 with node:zlib's. */
function readStoredZip(archive: Buffer): Array<[string, Buffer]> {
  const end = archive.length - 22;
  expect(archive.readUInt32LE(end)).toBe(0x06054b50);
  const count = archive.readUInt16LE(end + 10);
  let position = archive.readUInt32LE(end + 16);
  const entries: Array<[string, Buffer]> = [];
  for (let index = 0; index < count; index++) {
    expect(archive.readUInt32LE(position)).toBe(0x02014b50);
    const crc = archive.readUInt32LE(position + 16);
    const size = archive.readUInt32LE(position + 20);
    const nameLength = archive.readUInt16LE(position + 28);
    const offset = archive.readUInt32LE(position + 42);
    const name = archive.subarray(position + 46, position + 46 + nameLength).toString('utf8');
    expect(archive.readUInt32LE(offset)).toBe(0x04034b50);
    const dataStart = offset + 30 + archive.readUInt16LE(offset + 26);
    const data = archive.subarray(dataStart, dataStart + size);
    expect(crc).toBe(crc32(data));
    entries.push([name, data]);
    position += 46 + nameLength;
  }
  return entries;
}
