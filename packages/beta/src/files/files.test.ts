import { AnthropicError, NotFoundError, toFile, type FileMetadata } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
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
  it('uploads a File as the multipart part "file" to /v1/files with files-api-2025-04-14 after the caller’s betas', async () => {
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
    expect(request?.headers.get('anthropic-beta')).toBe('extra-2026-01-01,files-api-2025-04-14');
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
    expect(listRequest?.headers.get('anthropic-beta')).toBe('files-api-2025-04-14');

    const metadata = await retrieveFileMetadata(client, ids[0] as string, { betas: ['extra-2026-01-01'] });
    expect(metadata).toMatchObject({ id: ids[0], filename: 'a.txt', mime_type: 'text/plain', size_bytes: 5 });
    expect(emulator.requests.at(-1)?.headers.get('anthropic-beta')).toBe('extra-2026-01-01,files-api-2025-04-14');
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
    expect(request?.headers.get('anthropic-beta')).toBe('files-api-2025-04-14');
    // Uploaded files are not downloadable on the API; the error is the API's.
    const uploaded = await uploadFile(client, { file: new File(['x'], 'x.txt') });
    await expect(downloadFile(client, uploaded.id)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('not downloadable'),
    });
    await expect(deleteFile(client, 'file_missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});
