import { AnthropicError, NotFoundError, toFile, type FileMetadata } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient, sentHeaders } from '../test-client.js';
import { deleteFile } from './delete-file.js';
import { downloadFile } from './download-file.js';
import { Files } from './files.js';
import { listFiles } from './list-files.js';
import { retrieveFileMetadata } from './retrieve-file-metadata.js';
import { uploadFile } from './upload-file.js';

const BYTES = new Uint8Array([37, 80, 68, 70, 0, 255, 128, 10]);

/** A client that also keeps the exact bytes and headers of every request it sends (middleware sees the wire request). */
function capturingClient() {
  const sent: Request[] = [];
  const { client, emulator } = emulatedClient({
    middleware: [
      async (request, next) => {
        sent.push(request.clone());
        return next(request);
      },
    ],
  });
  return { client, emulator, sent };
}

/** The multipart parts of a sent request, parsed back from its bytes. */
const partsOf = async (request: Request | undefined): Promise<FormData> => (request as Request).clone().formData();

describe('Files', () => {
  it('uploads a File as the multipart part "file" to /v1/files with only the caller’s betas', async () => {
    const { client, emulator } = emulatedClient();
    const metadata = await uploadFile(client, {
      file: new File([BYTES], 'reports/q3.pdf', { type: 'application/pdf' }),
      betas: ['extra-2026-01-01'],
    });
    expectTypeOf(metadata).toMatchTypeOf<FileMetadata>();
    expect(metadata).toMatchObject({
      type: 'file',
      filename: 'q3.pdf',
      mime_type: 'application/pdf',
      size_bytes: BYTES.length,
      downloadable: false,
    });
    expect(metadata._request_id).toMatch(/^req_/);
    const [request] = emulator.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('http://emulator.test/v1/files');
    expect(request?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    expect(request?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.rawBody).toContain('Content-Disposition: form-data; name="file"; filename="q3.pdf"');
  });

  it('accepts bytes, Blobs, ReadableStreams and toFile() values, sending their real bytes', async () => {
    const { client, emulator, sent } = capturingClient();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(BYTES.slice(0, 3));
        controller.enqueue(BYTES.slice(3));
        controller.close();
      },
    });
    const uploads = [
      await uploadFile(client, { file: BYTES }),
      await uploadFile(client, { file: new Blob([BYTES], { type: 'application/octet-stream' }) }),
      await uploadFile(client, { file: stream }),
      await uploadFile(client, { file: toFile(BYTES, 'named.bin', { type: 'application/x-custom' }) }),
    ];
    expect(uploads.map((file) => [file.filename, file.size_bytes])).toEqual([
      ['unknown_file', BYTES.length],
      ['unknown_file', BYTES.length],
      ['unknown_file', BYTES.length],
      ['named.bin', BYTES.length],
    ]);
    expect(uploads[3]?.mime_type).toBe('application/x-custom');
    for (const request of sent) {
      const part = (await partsOf(request)).get('file') as File;
      expect(new Uint8Array(await part.arrayBuffer())).toEqual(BYTES);
    }
    expect(((await partsOf(sent[3])).get('file') as File).name).toBe('named.bin');
    expect(emulator.requests).toHaveLength(4);
  });

  it('refuses a string (a path is not content) before sending anything', async () => {
    const { client, emulator } = emulatedClient();
    await expect(uploadFile(client, { file: 'report.pdf' as never })).rejects.toThrow(AnthropicError);
    await expect(uploadFile(client, { file: 'report.pdf' as never })).rejects.toThrow(
      /file is a string; .*fileFromPath\(\) from @anth\/beta\/node/,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('lists files newest first across pages, retrieves metadata and deletes', async () => {
    const { client, emulator } = emulatedClient();
    const ids: string[] = [];
    for (const name of ['a.txt', 'b.txt', 'c.txt'])
      ids.push((await uploadFile(client, { file: new File([name], name, { type: 'text/plain' }) })).id);
    const files = new Files(client);
    const page = await files.list({ limit: 2 });
    expect(page.data.map((file) => file.id)).toEqual([ids[2], ids[1]]);
    expect(page.hasNextPage()).toBe(true);
    const all: string[] = [];
    for await (const file of files.list({ limit: 2 })) all.push(file.id);
    expect(all).toEqual([...ids].reverse());
    const listRequest = emulator.requests.find((request) => request.method === 'GET' && request.query.get('after_id'));
    expect(listRequest?.url).toBe(`http://emulator.test/v1/files?limit=2&after_id=${ids[1]}`);
    expect(listRequest?.headers.has('anthropic-beta')).toBe(false);

    const metadata = await retrieveFileMetadata(client, ids[0] as string, { betas: ['extra-2026-01-01'] });
    expect(metadata).toMatchObject({ id: ids[0], filename: 'a.txt', mime_type: 'text/plain', size_bytes: 5 });
    expect(emulator.requests.at(-1)?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    expect(emulator.requests.at(-1)?.url).toBe(`http://emulator.test/v1/files/${ids[0]}`);

    expect(await files.delete(ids[0] as string)).toEqual({ id: ids[0], type: 'file_deleted' });
    expect(emulator.requests.at(-1)?.method).toBe('DELETE');
    await expect(files.retrieveMetadata(ids[0] as string)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listFiles(client, { scope_id: 'session_1' })).resolves.toMatchObject({ data: [] });
  });

  it('downloads a streamed Response with the file’s type, asking for application/binary', async () => {
    const { client, emulator } = emulatedClient();
    const chart = emulator.files.add({ filename: 'chart.png', content: BYTES, mimeType: 'image/png' });
    const response = await new Files(client).download(chart.id);
    expectTypeOf(response).toEqualTypeOf<Response>();
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get('content-type')).toBe('image/png');
    const chunks: Uint8Array[] = [];
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    expect(new Uint8Array(Buffer.concat(chunks))).toEqual(BYTES);
    const [request] = emulator.requests;
    expect(request?.url).toBe(`http://emulator.test/v1/files/${chart.id}/content`);
    expect(request?.headers.get('accept')).toBe('application/binary');
    expect(request?.headers.has('anthropic-beta')).toBe(false);
    // Uploaded files are not downloadable on the API; the error is the API's.
    const uploaded = await uploadFile(client, { file: new File(['x'], 'x.txt') });
    await expect(downloadFile(client, uploaded.id)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('not downloadable'),
    });
    await expect(deleteFile(client, 'file_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sends no beta of its own: no anthropic-beta without betas, else the client default’s and the caller’s', async () => {
    const { client, emulator } = emulatedClient();
    const chart = emulator.files.add({ filename: 'chart.png', content: BYTES, mimeType: 'image/png' });
    const uploaded = await uploadFile(client, { file: new File(['x'], 'x.txt') });
    await listFiles(client);
    await retrieveFileMetadata(client, uploaded.id);
    await downloadFile(client, chart.id);
    await deleteFile(client, uploaded.id);
    const none = { beta: null, workspace: null, workspaceInQueryOrBody: false };
    expect(emulator.requests.map(sentHeaders)).toEqual([none, none, none, none, none]);

    const withDefault = emulatedClient({ defaultHeaders: { 'anthropic-beta': 'default-2026-01-01' } });
    const files = new Files(withDefault.client);
    const betas = ['extra-2026-01-01', 'default-2026-01-01'];
    const again = await files.upload({ file: new File(['y'], 'y.txt'), betas });
    await files.list({ betas });
    await files.retrieveMetadata(again.id, { betas });
    await files.delete(again.id);
    expect(withDefault.emulator.requests.map((request) => request.headers.get('anthropic-beta'))).toEqual([
      'default-2026-01-01,extra-2026-01-01',
      'default-2026-01-01,extra-2026-01-01',
      'default-2026-01-01,extra-2026-01-01',
      'default-2026-01-01',
    ]);
  });

  it('sends workspace_id as anthropic-workspace-id on every method and page, never in the query or body', async () => {
    const { client, emulator } = emulatedClient();
    const chart = emulator.files.add({ filename: 'chart.png', content: BYTES, mimeType: 'image/png' });
    const workspace = { workspace_id: 'wrkspc_01' };
    const uploaded = await uploadFile(client, { file: new File(['x'], 'x.txt'), ...workspace });
    const listed: string[] = [];
    for await (const file of listFiles(client, { limit: 1, ...workspace })) listed.push(file.id);
    expect(listed).toEqual([uploaded.id, chart.id]);
    const files = new Files(client);
    await files.retrieveMetadata(uploaded.id, { ...workspace, betas: ['extra-2026-01-01'] });
    await files.download(chart.id, workspace);
    await files.delete(uploaded.id, workspace);
    const sent = emulator.requests.map(sentHeaders);
    expect(sent.map((request) => request.workspace)).toEqual(Array(sent.length).fill('wrkspc_01'));
    expect(sent.some((request) => request.workspaceInQueryOrBody)).toBe(false);
    expect(emulator.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST http://emulator.test/v1/files',
      'GET http://emulator.test/v1/files?limit=1',
      `GET http://emulator.test/v1/files?limit=1&after_id=${uploaded.id}`,
      `GET http://emulator.test/v1/files/${uploaded.id}`,
      `GET http://emulator.test/v1/files/${chart.id}/content`,
      `DELETE http://emulator.test/v1/files/${uploaded.id}`,
    ]);
    expect(emulator.requests.at(-3)?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    expect(emulator.requests.at(-2)?.headers.get('accept')).toBe('application/binary');
    // The caller's own header wins over the param, as for messages.
    await retrieveFileMetadata(client, chart.id, { ...workspace, headers: { 'anthropic-workspace-id': 'wrkspc_02' } });
    expect(emulator.requests.at(-1)?.headers.get('anthropic-workspace-id')).toBe('wrkspc_02');
  });

  it('refuses a workspace_id that is not a string before sending, naming the method', async () => {
    const { client, emulator } = emulatedClient();
    const bad = { workspace_id: 42 as unknown as string };
    expect(() => uploadFile(client, { file: new File(['x'], 'x.txt'), ...bad })).toThrow(AnthropicError);
    expect(() => uploadFile(client, { file: new File(['x'], 'x.txt'), ...bad })).toThrow(
      'uploadFile needs workspace_id as a string; received number.',
    );
    expect(() => listFiles(client, { workspace_id: null as unknown as string })).toThrow(
      'listFiles needs workspace_id as a string; received null.',
    );
    expect(() => retrieveFileMetadata(client, 'file_1', bad)).toThrow(
      'retrieveFileMetadata needs workspace_id as a string; received number.',
    );
    expect(() => downloadFile(client, 'file_1', { workspace_id: {} as unknown as string })).toThrow(
      'downloadFile needs workspace_id as a string; received object.',
    );
    expect(() => new Files(client).delete('file_1', bad)).toThrow(AnthropicError);
    expect(emulator.requests).toHaveLength(0);
  });
});
