import type { EmulatorFetch } from '../types.js';
import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { BASE_URL } from '../testing/request-helpers.js';

const FILES_HEADERS = {
  'x-api-key': 'sk-ant-emulator',
  'anthropic-version': '2023-06-01',
  'anthropic-beta': 'files-api-2025-04-14',
};
const BYTES = new Uint8Array([0, 1, 2, 250, 251, 255, 10, 13]);

function upload(
  emulator = createEmulatorFetch(),
  file: Blob = new File([BYTES], 'dir/data.bin', { type: 'application/x-thing' }),
  headers: Record<string, string> = FILES_HEADERS,
) {
  const form = new FormData();
  form.append('file', file);
  return emulator(`${BASE_URL}/v1/files?beta=true`, { method: 'POST', headers, body: form });
}

const get = (emulator: EmulatorFetch, path: string, method = 'GET') =>
  emulator(`${BASE_URL}${path}`, { method, headers: FILES_HEADERS });

describe('Files API', () => {
  it('stores an upload with its real bytes, basename and type, and serves its metadata', async () => {
    const emulator = createEmulatorFetch();
    const response = await upload(emulator);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata).toEqual({
      id: expect.stringMatching(/^file_\w{24}$/),
      type: 'file',
      filename: 'data.bin',
      mime_type: 'application/x-thing',
      size_bytes: BYTES.length,
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      downloadable: false,
    });
    const retrieved = await get(emulator, `/v1/files/${String(metadata['id'])}?beta=true`);
    expect(await retrieved.json()).toEqual(metadata);
  });

  it('serves every route with or without a beta header (none is needed), and rejects a body without a file part', async () => {
    const emulator = createEmulatorFetch();
    const { 'anthropic-beta': _beta, ...noBeta } = FILES_HEADERS;
    const uploaded = await upload(emulator, undefined, noBeta);
    expect(uploaded.status).toBe(200);
    const { id } = (await uploaded.json()) as { id: string };
    const withOtherBeta = { ...noBeta, 'anthropic-beta': 'other-beta-2026-01-01' };
    for (const headers of [noBeta, withOtherBeta, FILES_HEADERS]) {
      const listed = await emulator(`${BASE_URL}/v1/files`, { headers });
      expect(listed.status).toBe(200);
      expect(((await listed.json()) as { data: Array<{ id: string }> }).data.map((file) => file.id)).toEqual([id]);
      expect((await emulator(`${BASE_URL}/v1/files/${id}`, { headers })).status).toBe(200);
    }
    expect((await emulator(`${BASE_URL}/v1/files/${id}`, { method: 'DELETE', headers: noBeta })).status).toBe(200);
    const form = new FormData();
    form.append('purpose', 'x');
    const missing = await emulator(`${BASE_URL}/v1/files`, {
      method: 'POST',
      headers: FILES_HEADERS,
      body: form,
    });
    expect(await missing.json()).toMatchObject({ error: { message: 'file: Field required' } });
    const json = await emulator(`${BASE_URL}/v1/files`, {
      method: 'POST',
      headers: { ...FILES_HEADERS, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });

  it('lists newest first with Page pagination, and deletes', async () => {
    const emulator = createEmulatorFetch();
    const ids: string[] = [];
    for (const name of ['a.txt', 'b.txt', 'c.txt'])
      ids.push(
        ((await (await upload(emulator, new File([name], name, { type: 'text/plain' }))).json()) as { id: string }).id,
      );
    const first = (await (await get(emulator, '/v1/files?beta=true&limit=2')).json()) as {
      data: Array<{ id: string }>;
      has_more: boolean;
      last_id: string;
    };
    expect(first.data.map((file) => file.id)).toEqual([ids[2], ids[1]]);
    expect(first.has_more).toBe(true);
    const second = (await (await get(emulator, `/v1/files?beta=true&limit=2&after_id=${first.last_id}`)).json()) as {
      data: Array<{ id: string }>;
      has_more: boolean;
    };
    expect(second).toMatchObject({ data: [{ id: ids[0] }], has_more: false });
    expect(((await (await get(emulator, '/v1/files?scope_id=sesn_1')).json()) as { data: unknown[] }).data).toEqual([]);
    const deleted = await get(emulator, `/v1/files/${ids[1]}?beta=true`, 'DELETE');
    expect(await deleted.json()).toEqual({ id: ids[1], type: 'file_deleted' });
    expect((await get(emulator, `/v1/files/${ids[1]}`)).status).toBe(404);
  });

  it('downloads the exact bytes of a downloadable file with its type, and refuses an upload', async () => {
    const emulator = createEmulatorFetch();
    const added = emulator.files.add({ filename: 'chart.png', content: BYTES, mimeType: 'image/png' });
    expect(added).toMatchObject({ filename: 'chart.png', size_bytes: BYTES.length, downloadable: true });
    const response = await get(emulator, `/v1/files/${added.id}/content?beta=true`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(BYTES);
    const uploaded = (await (await upload(emulator)).json()) as { id: string };
    const refused = await get(emulator, `/v1/files/${uploaded.id}/content`);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { message: expect.stringContaining('not downloadable') } });
    emulator.reset();
    expect((await get(emulator, `/v1/files/${added.id}`)).status).toBe(404);
  });
});
