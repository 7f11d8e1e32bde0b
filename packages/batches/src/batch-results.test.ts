import { getEventListeners } from 'node:events';
import { Anthropic, AnthropicError, Stream, type MessageBatchIndividualResponse } from '@anth/core';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { batchResults } from './batch-results.js';
import { createBatch } from './create-batch.js';
import { emulatedClient } from './test-client.js';

const ask = (customId: string, content: string) => ({
  custom_id: customId,
  params: { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user' as const, content }] },
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('batchResults', () => {
  it('GETs the batch, then its absolute results_url with Accept: application/binary, and decodes every result type', async () => {
    // 5-byte chunks: every line, and the multi-byte characters, straddle chunk boundaries.
    const { client, emulator } = emulatedClient({}, { batchSchedule: 'manual', batchResultsChunkBytes: 5 });
    emulator.script({ content: [{ type: 'text', text: 'Réponse 日本 🎉' }] });
    emulator.batches.setOutcomes({
      bad: { type: 'errored', errorType: 'invalid_request_error', message: 'messages: Field required' },
      late: 'expired',
      dropped: 'canceled',
    });
    const batch = await createBatch(client, {
      requests: [ask('good', 'Bonjour'), ask('bad', 'x'), ask('late', 'y'), ask('dropped', 'z')],
    });
    emulator.batches.end(batch.id);
    emulator.requests.length = 0;

    const results = await batchResults(client, batch.id, { headers: { 'x-trace': 'r1' } });
    expect(results).toBeInstanceOf(Stream);
    expectTypeOf(results).toEqualTypeOf<Stream<MessageBatchIndividualResponse>>();
    const lines = await collect(results);
    expect(lines.map((line) => [line.custom_id, line.result.type])).toEqual([
      ['good', 'succeeded'],
      ['bad', 'errored'],
      ['late', 'expired'],
      ['dropped', 'canceled'],
    ]);
    const good = lines[0]?.result;
    expect(good?.type === 'succeeded' && good.message.content).toEqual([
      { type: 'text', text: 'Réponse 日本 🎉', citations: null },
    ]);
    const bad = lines[1]?.result;
    expect(bad?.type === 'errored' && bad.error.error).toEqual({
      type: 'invalid_request_error',
      message: 'messages: Field required',
    });

    const [lookup, download] = emulator.requests;
    expect(lookup?.method).toBe('GET');
    expect(lookup?.path).toBe(`/v1/messages/batches/${batch.id}`);
    expect(lookup?.headers.get('accept')).toBe('application/json');
    expect(lookup?.headers.get('x-trace')).toBe('r1');
    expect(download?.method).toBe('GET');
    expect(download?.url).toBe(`http://emulator.test/v1/messages/batches/${batch.id}/results`);
    expect(download?.headers.get('accept')).toBe('application/binary');
    expect(download?.headers.get('authorization')).toBe('Bearer sk-ant-emulator');
    expect(download?.headers.get('x-trace')).toBe('r1');
    expect(download?.headers.has('anthropic-beta')).toBe(false);
    expect(emulator.requests).toHaveLength(2);
  });

  it('reads the body as JSON Lines whatever its content type', async () => {
    const { client, emulator } = emulatedClient();
    const batch = await createBatch(client, { requests: [ask('a', '1'), ask('b', '2')] });
    emulator.batches.end(batch.id);
    emulator.fault({
      match: `/v1/messages/batches/${batch.id}/results`,
      headers: { 'content-type': 'application/json' },
    });
    const { data, response } = await batchResults(client, batch.id).withResponse();
    expect(response.headers.get('content-type')).toBe('application/json');
    expect((await collect(data)).map((line) => line.custom_id)).toEqual(['a', 'b']);
  });

  it('before the batch ends, fails with the official message and never fetches results_url', async () => {
    const { client, emulator } = emulatedClient();
    const batch = await createBatch(client, { requests: [ask('a', '1')] });
    emulator.requests.length = 0;
    const failure = await batchResults(client, batch.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnthropicError);
    expect((failure as Error).message).toBe(
      `No batch \`results_url\`; Has it finished processing? in_progress - ${batch.id}`,
    );
    expect(emulator.requests.map((request) => request.path)).toEqual([`/v1/messages/batches/${batch.id}`]);
  });

  it('leaving the loop early cancels the download', async () => {
    const { client, emulator } = emulatedClient({}, { batchSchedule: 'manual', batchResultsChunkBytes: 256 });
    let generated = 0;
    const { id } = emulator.batches.createSynthetic({
      requestCount: 50_000,
      result: (index) => {
        generated++;
        return { custom_id: `r${index}`, result: { type: 'expired' } };
      },
    });
    for await (const line of await batchResults(client, id)) {
      if (line.custom_id === 'r10') break;
    }
    const atBreak = generated;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(generated).toBe(atBreak);
    expect(atBreak).toBeLessThan(100);
  });
});

describe('batchResults over real sockets', () => {
  let server: RunningEmulator;
  let generated = 0;
  let batchId = '';
  beforeAll(async () => {
    server = await startEmulator({ backends: { anthropic: { batchSchedule: 'manual' } } });
    batchId = server.batches.createSynthetic({
      requestCount: 1_000_000,
      result: (index) => {
        generated++;
        return {
          custom_id: `request-${index}`,
          result: {
            type: 'succeeded',
            message: { id: `msg_${index}`, content: [{ type: 'text', text: 'x'.repeat(200) }] },
          },
        };
      },
    }).id;
  });
  afterAll(async () => {
    await server.close();
  });
  const client = (): Anthropic =>
    new Anthropic({ apiKey: 'sk-ant-emulator', authToken: null, baseURL: server.url, maxRetries: 0, logLevel: 'off' });

  it('an abort mid-results ends the loop, stops the download on the server, and releases the listener', async () => {
    generated = 0;
    const controller = new AbortController();
    let received = 0;
    const results = await batchResults(client(), batchId, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort').length).toBeGreaterThan(0);
    for await (const line of results) {
      expect(line.custom_id).toBe(`request-${received}`);
      received++;
      if (received === 2_000) controller.abort();
    }
    expect(received).toBe(2_000);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    // The server stops producing lines once the connection closes (socket buffers hold a few MB at most).
    await new Promise((resolve) => setTimeout(resolve, 100));
    const settled = generated;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(generated).toBe(settled);
    expect(settled).toBeLessThan(100_000);
  });

  it('results.controller.abort() stops it the same way', async () => {
    generated = 0;
    const results = await batchResults(client(), batchId);
    let received = 0;
    for await (const _line of results) {
      if (++received === 500) results.controller.abort();
    }
    expect(received).toBe(500);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const settled = generated;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(generated).toBe(settled);
    expect(settled).toBeLessThan(100_000);
  });
});
