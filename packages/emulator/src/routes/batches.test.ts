import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { startEmulator } from '../start-emulator.js';
import { API_HEADERS, BASE_URL, createMessageBody, getJson, postJson } from '../testing/request-helpers.js';
import type { EmulatorFetch, EmulatorOptions } from '../types.js';

type Batch = {
  id: string;
  type: string;
  processing_status: string;
  request_counts: Record<string, number>;
  ended_at: string | null;
  created_at: string;
  expires_at: string;
  archived_at: string | null;
  cancel_initiated_at: string | null;
  results_url: string | null;
};
type ResultLine = {
  custom_id: string;
  result: { type: string; message?: Record<string, unknown>; error?: Record<string, unknown> };
};

const request = (
  customId: string,
  params: Record<string, unknown> = createMessageBody({ messages: [{ role: 'user', content: `Hi from ${customId}` }] }),
) => ({
  custom_id: customId,
  params,
});

async function createBatch(
  emulator: EmulatorFetch,
  requests: unknown[],
  path = '/v1/messages/batches',
): Promise<Batch> {
  const response = await postJson(emulator, path, { requests });
  expect(response.status).toBe(200);
  return (await response.json()) as Batch;
}

async function retrieve(emulator: EmulatorFetch, id: string, suffix = ''): Promise<Batch> {
  const response = await getJson(emulator, `/v1/messages/batches/${id}${suffix}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Batch;
}

async function results(emulator: EmulatorFetch, batch: Batch): Promise<ResultLine[]> {
  const response = await emulator(batch.results_url ?? '', {
    headers: { ...API_HEADERS, accept: 'application/binary' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/binary');
  const text = await response.text();
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as ResultLine);
}

const manual = (options: EmulatorOptions = {}): EmulatorFetch =>
  createEmulatorFetch({ batchSchedule: 'manual', ...options });

describe('POST /v1/messages/batches', () => {
  it('starts an in_progress batch with the API fields', async () => {
    const before = Date.now();
    const batch = await createBatch(manual(), [request('q1'), request('q2')]);
    expect(batch).toEqual({
      id: expect.stringMatching(/^msgbatch_[0-9A-Za-z]{24}$/),
      type: 'message_batch',
      processing_status: 'in_progress',
      request_counts: { processing: 2, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
      ended_at: null,
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      expires_at: expect.any(String),
      archived_at: null,
      cancel_initiated_at: null,
      results_url: null,
    });
    expect(Date.parse(batch.created_at)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(batch.expires_at) - Date.parse(batch.created_at)).toBe(24 * 60 * 60 * 1000);
  });

  it.each([
    [{}, 'requests: Field required'],
    [{ requests: {} }, 'requests: Input should be a valid list'],
    [{ requests: [] }, 'requests: List should have at least 1 item after validation, not 0'],
    [{ requests: [{ params: createMessageBody() }] }, 'requests.0.custom_id: Field required'],
    [
      { requests: [request('ok'), request('has space')] },
      "requests.1.custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'",
    ],
    [
      { requests: [request('x'.repeat(65))] },
      "requests.0.custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'",
    ],
    [{ requests: [{ custom_id: 'q1' }] }, 'requests.0.params: Field required'],
    [{ requests: [{ custom_id: 'q1', params: [] }] }, 'requests.0.params: Input should be a valid dictionary'],
    [{ requests: [{ ...request('q1'), extra: 1 }] }, 'requests.0.extra: Extra inputs are not permitted'],
    [
      { requests: [request('q1'), request('q2'), request('q1')] },
      "requests: Duplicate custom_id 'q1': each request in a batch needs a unique custom_id",
    ],
    [{ requests: [request('q1')], user_profile_id: 'prof_1' }, 'user_profile_id: Extra inputs are not permitted'],
  ])('rejects a bad envelope with 400: %j', async (body, message) => {
    const emulator = manual();
    const response = await postJson(emulator, '/v1/messages/batches', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message } });
  });

  it('accepts invalid params at creation: they come back as errored results', async () => {
    const emulator = manual();
    const batch = await createBatch(emulator, [
      request('bad', { model: 'claude-sonnet-4-5', messages: [] }),
      request('nomodel', createMessageBody({ model: 'claude-nope' })),
      request('good'),
    ]);
    emulator.batches.end(batch.id);
    const lines = await results(emulator, await retrieve(emulator, batch.id));
    expect(lines.map((line) => [line.custom_id, line.result.type])).toEqual([
      ['bad', 'errored'],
      ['nomodel', 'errored'],
      ['good', 'succeeded'],
    ]);
    expect(lines[0]?.result.error).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
      request_id: expect.stringMatching(/^req_/),
    });
    expect(lines[1]?.result.error).toMatchObject({ error: { type: 'not_found_error', message: 'model: claude-nope' } });
  });
});

describe('the batch schedule', () => {
  it('by default ends a batch at its third poll, with final counts and an absolute results_url', async () => {
    const emulator = createEmulatorFetch();
    const batch = await createBatch(emulator, [request('q1'), request('q2')]);
    expect((await retrieve(emulator, batch.id)).processing_status).toBe('in_progress');
    const second = await retrieve(emulator, batch.id);
    expect(second).toMatchObject({
      processing_status: 'in_progress',
      request_counts: { processing: 2, succeeded: 0 },
      results_url: null,
    });
    const third = await retrieve(emulator, batch.id);
    expect(third).toMatchObject({
      processing_status: 'ended',
      request_counts: { processing: 0, succeeded: 2, errored: 0, canceled: 0, expired: 0 },
      results_url: `${BASE_URL}/v1/messages/batches/${batch.id}/results`,
    });
    expect(Date.parse(third.ended_at ?? '')).toBeGreaterThanOrEqual(Date.parse(third.created_at));
  });

  it("'manual' never ends a batch on its own; { endAfterPolls: 1 } ends it at the first poll", async () => {
    const held = manual();
    const batch = await createBatch(held, [request('q1')]);
    for (let poll = 0; poll < 5; poll++) expect((await retrieve(held, batch.id)).processing_status).toBe('in_progress');

    const eager = createEmulatorFetch({ batchSchedule: { endAfterPolls: 1 } });
    const quick = await createBatch(eager, [request('q1')]);
    expect((await retrieve(eager, quick.id)).processing_status).toBe('ended');
  });

  it('{ endAfterMs } ends a batch once that much time has passed, at its next read', async () => {
    const emulator = createEmulatorFetch({ batchSchedule: { endAfterMs: 30 } });
    const batch = await createBatch(emulator, [request('q1')]);
    expect((await retrieve(emulator, batch.id)).processing_status).toBe('in_progress');
    await new Promise((resolve) => setTimeout(resolve, 40));
    const listed = (await (await getJson(emulator, '/v1/messages/batches')).json()) as { data: Batch[] };
    expect(listed.data[0]?.processing_status).toBe('ended');
  });

  it('rejects a bad schedule when the emulator is created', () => {
    expect(() => createEmulatorFetch({ batchSchedule: { endAfterPolls: 0 } })).toThrow(
      /batchSchedule must be 'manual', \{ endAfterPolls/,
    );
    expect(() => createEmulatorFetch({ batchResultsChunkBytes: 0 })).toThrow(
      /batchResultsChunkBytes must be a positive integer/,
    );
  });
});

describe('outcomes and results', () => {
  it('runs requests with scripted turns, lets tests choose outcomes by custom_id, and serves JSONL', async () => {
    const emulator = manual();
    emulator.script({ content: [{ type: 'text', text: 'first scripted' }] });
    emulator.batches.setOutcomes({
      b: { type: 'succeeded', turn: { content: [{ type: 'text', text: 'chosen for b' }] } },
      c: 'errored',
      d: { type: 'errored', errorType: 'overloaded_error' },
      e: 'canceled',
      f: 'expired',
    });
    const batch = await createBatch(
      emulator,
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => request(id)),
    );
    emulator.batches.end(batch.id);
    const ended = await retrieve(emulator, batch.id);
    expect(ended.request_counts).toEqual({ processing: 0, succeeded: 2, errored: 2, canceled: 1, expired: 1 });
    const lines = await results(emulator, ended);
    const byId = Object.fromEntries(lines.map((line) => [line.custom_id, line.result]));
    expect(byId['a']?.message).toMatchObject({
      type: 'message',
      content: [{ type: 'text', text: 'first scripted' }],
      usage: { service_tier: 'batch' },
    });
    expect(byId['b']?.message).toMatchObject({ content: [{ type: 'text', text: 'chosen for b' }] });
    expect(byId['c']).toEqual({
      type: 'errored',
      error: {
        type: 'error',
        error: { type: 'api_error', message: 'Internal server error' },
        request_id: expect.any(String),
      },
    });
    expect(byId['d']?.error).toMatchObject({ error: { type: 'overloaded_error', message: 'Overloaded' } });
    expect(byId['e']).toEqual({ type: 'canceled' });
    expect(byId['f']).toEqual({ type: 'expired' });
  });

  it('without a script, a request gets the default reply to its own messages', async () => {
    const emulator = manual();
    const batch = await createBatch(emulator, [request('q1')]);
    emulator.batches.end(batch.id);
    const [line] = await results(emulator, await retrieve(emulator, batch.id));
    expect(line?.result.message).toMatchObject({ content: [{ type: 'text', text: 'Hello! You said: "Hi from q1"' }] });
  });

  it('cancel: in_progress → canceling; at the end, requests not run are canceled (non-interruptible ones still run)', async () => {
    const emulator = manual();
    emulator.batches.setOutcomes({ q2: 'succeeded' });
    const batch = await createBatch(emulator, [request('q1'), request('q2')]);
    const canceled = await postJson(emulator, `/v1/messages/batches/${batch.id}/cancel`, '');
    expect(canceled.status).toBe(200);
    const canceling = (await canceled.json()) as Batch;
    expect(canceling).toMatchObject({
      processing_status: 'canceling',
      results_url: null,
      request_counts: { processing: 2 },
    });
    expect(canceling.cancel_initiated_at).toEqual(expect.any(String));
    emulator.batches.end(batch.id);
    const ended = await retrieve(emulator, batch.id);
    expect(ended).toMatchObject({
      processing_status: 'ended',
      cancel_initiated_at: canceling.cancel_initiated_at,
      request_counts: { canceled: 1, succeeded: 1 },
    });
    expect((await results(emulator, ended)).map((line) => line.result.type)).toEqual(['canceled', 'succeeded']);
  });

  it('a canceling batch ends at its next poll on the polling schedule', async () => {
    const emulator = createEmulatorFetch({ batchSchedule: { endAfterPolls: 10 } });
    const batch = await createBatch(emulator, [request('q1')]);
    await postJson(emulator, `/v1/messages/batches/${batch.id}/cancel`, '');
    expect(await retrieve(emulator, batch.id)).toMatchObject({
      processing_status: 'ended',
      request_counts: { canceled: 1 },
    });
  });

  it('expire() ends a batch as its 24-hour expiry does', async () => {
    const emulator = manual();
    const batch = await createBatch(emulator, [request('q1'), request('q2')]);
    emulator.batches.expire(batch.id);
    expect((await retrieve(emulator, batch.id)).request_counts).toEqual({
      processing: 0,
      succeeded: 0,
      errored: 0,
      canceled: 0,
      expired: 2,
    });
    expect(() => emulator.batches.end('msgbatch_unknown')).toThrow(/no batch "msgbatch_unknown"/);
  });

  it('refuses results before the end (400) and for unknown batches (404)', async () => {
    const emulator = manual();
    const batch = await createBatch(emulator, [request('q1')]);
    const early = await getJson(emulator, `/v1/messages/batches/${batch.id}/results`);
    expect(early.status).toBe(400);
    expect(await early.json()).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: `Batch ${batch.id} is in_progress: it has no results until processing has ended.`,
      },
    });
    const unknown = await getJson(emulator, '/v1/messages/batches/msgbatch_nope/results');
    expect(unknown.status).toBe(404);
    expect((await getJson(emulator, '/v1/messages/batches/msgbatch_nope')).status).toBe(404);
  });

  it('cuts the results body into chunks of batchResultsChunkBytes, mid-line and mid-character', async () => {
    const emulator = manual({ batchResultsChunkBytes: 7 });
    emulator.script({ content: [{ type: 'text', text: 'ça 日本 🎉' }] });
    const batch = await createBatch(emulator, [request('q1'), request('q2')]);
    emulator.batches.end(batch.id);
    const ended = await retrieve(emulator, batch.id);
    const response = await emulator(ended.results_url ?? '', { headers: API_HEADERS });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const sizes: number[] = [];
    const bytes: number[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      sizes.push(chunk.value.length);
      bytes.push(...chunk.value);
    }
    expect(sizes.slice(0, -1).every((size) => size === 7)).toBe(true);
    expect(sizes.at(-1)).toBeLessThanOrEqual(7);
    const lines = new TextDecoder().decode(new Uint8Array(bytes)).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as ResultLine).custom_id)).toEqual(['q1', 'q2']);
    expect(lines[0]).toContain('ça 日本 🎉');
  });
});

describe('list, retrieve, delete', () => {
  it('lists newest first with Page pagination', async () => {
    const emulator = manual();
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push((await createBatch(emulator, [request(`q${index}`)])).id);
    const newestFirst = [...ids].reverse();
    const page = async (query: string) =>
      (await (await getJson(emulator, `/v1/messages/batches${query}`)).json()) as {
        data: Batch[];
        has_more: boolean;
        first_id: string | null;
        last_id: string | null;
      };

    const first = await page('?limit=2');
    expect(first.data.map((batch) => batch.id)).toEqual(newestFirst.slice(0, 2));
    expect(first).toMatchObject({ has_more: true, first_id: newestFirst[0], last_id: newestFirst[1] });
    const second = await page(`?limit=2&after_id=${first.last_id}`);
    expect(second.data.map((batch) => batch.id)).toEqual(newestFirst.slice(2, 4));
    const last = await page(`?limit=2&after_id=${second.last_id}`);
    expect(last).toMatchObject({ has_more: false, data: [expect.objectContaining({ id: newestFirst[4] })] });
    const backwards = await page(`?limit=2&before_id=${newestFirst[4]}`);
    expect(backwards.data.map((batch) => batch.id)).toEqual(newestFirst.slice(2, 4));
    expect((await getJson(emulator, '/v1/messages/batches?limit=0')).status).toBe(400);
  });

  it('deletes only an ended batch; then it is gone from retrieve and list', async () => {
    const emulator = manual();
    const batch = await createBatch(emulator, [request('q1')]);
    const refused = await emulator(`${BASE_URL}/v1/messages/batches/${batch.id}`, {
      method: 'DELETE',
      headers: API_HEADERS,
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { message: expect.stringContaining('cannot be deleted before processing has ended') },
    });
    emulator.batches.end(batch.id);
    const deleted = await emulator(`${BASE_URL}/v1/messages/batches/${batch.id}`, {
      method: 'DELETE',
      headers: API_HEADERS,
    });
    expect(await deleted.json()).toEqual({ id: batch.id, type: 'message_batch_deleted' });
    expect((await getJson(emulator, `/v1/messages/batches/${batch.id}`)).status).toBe(404);
    expect(((await (await getJson(emulator, '/v1/messages/batches')).json()) as { data: Batch[] }).data).toEqual([]);
  });

  it('serves the beta paths (?beta=true, beta header) from the same state', async () => {
    const emulator = createEmulatorFetch({ batchSchedule: { endAfterPolls: 2 } });
    const betaHeaders = { ...API_HEADERS, 'anthropic-beta': 'message-batches-2024-09-24' };
    const created = await emulator(`${BASE_URL}/v1/messages/batches?beta=true`, {
      method: 'POST',
      headers: betaHeaders,
      body: JSON.stringify({ requests: [request('q1')] }),
    });
    const batch = (await created.json()) as Batch;
    expect(batch.processing_status).toBe('in_progress');
    const get = (suffix: string) => emulator(`${BASE_URL}/v1/messages/batches${suffix}`, { headers: betaHeaders });
    expect((await get(`/${batch.id}?beta=true`)).status).toBe(200);
    const ended = (await (await get(`/${batch.id}?beta=true`)).json()) as Batch;
    expect(ended.processing_status).toBe('ended');
    expect(((await (await get('?beta=true&limit=5')).json()) as { data: Batch[] }).data[0]?.id).toBe(batch.id);
    const lines = await (await emulator(ended.results_url ?? '', { headers: betaHeaders })).text();
    expect(JSON.parse(lines.trim())).toMatchObject({ custom_id: 'q1', result: { type: 'succeeded' } });
    const cancel = await emulator(`${BASE_URL}/v1/messages/batches/${batch.id}/cancel?beta=true`, {
      method: 'POST',
      headers: betaHeaders,
    });
    expect(((await cancel.json()) as Batch).processing_status).toBe('ended');
    const deleted = await emulator(`${BASE_URL}/v1/messages/batches/${batch.id}?beta=true`, {
      method: 'DELETE',
      headers: betaHeaders,
    });
    expect(await deleted.json()).toEqual({ id: batch.id, type: 'message_batch_deleted' });
  });

  it('reset() forgets batches and outcomes', async () => {
    const emulator = manual();
    emulator.batches.setOutcomes({ q1: 'expired' });
    const batch = await createBatch(emulator, [request('q1')]);
    emulator.reset();
    expect((await getJson(emulator, `/v1/messages/batches/${batch.id}`)).status).toBe(404);
    const again = await createBatch(emulator, [request('q1')]);
    emulator.batches.end(again.id);
    expect((await retrieve(emulator, again.id)).request_counts.succeeded).toBe(1);
  });
});

describe('synthetic batches', () => {
  it('generate their lines only as the body is read, and stop when the reader cancels', async () => {
    const emulator = manual({ batchResultsChunkBytes: 1024 });
    let generated = 0;
    const { id } = emulator.batches.createSynthetic({
      requestCount: 1_000_000,
      result: (index) => {
        generated++;
        return { custom_id: `r${index}`, result: { type: 'expired' } };
      },
    });
    const batch = await retrieve(emulator, id);
    expect(batch).toMatchObject({
      processing_status: 'ended',
      request_counts: { succeeded: 1_000_000, processing: 0 },
    });
    const response = await emulator(batch.results_url ?? '', { headers: API_HEADERS });
    expect(generated).toBe(0);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.read();
    const afterTwoChunks = generated;
    expect(afterTwoChunks).toBeGreaterThan(0);
    expect(afterTwoChunks).toBeLessThan(200); // ~40 bytes a line, 1 KB chunks
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(generated).toBe(afterTwoChunks);
  });

  it('by default are realistic succeeded results of about 1.1 KB a line', async () => {
    const emulator = manual();
    const { id } = emulator.batches.createSynthetic({ requestCount: 3 });
    const lines = await results(emulator, await retrieve(emulator, id));
    expect(lines.map((line) => line.custom_id)).toEqual(['request-0', 'request-1', 'request-2']);
    expect(lines[0]?.result).toMatchObject({
      type: 'succeeded',
      message: { type: 'message', role: 'assistant', usage: { service_tier: 'batch' } },
    });
    expect(JSON.stringify(lines[0]).length).toBeGreaterThan(1000);
  });
});

describe('over a real socket', () => {
  it('uses the server origin in results_url and streams the results', async () => {
    const server = await startEmulator({ backends: { anthropic: { batchSchedule: { endAfterPolls: 1 } } } });
    try {
      const created = await fetch(`${server.url}/v1/messages/batches`, {
        method: 'POST',
        headers: API_HEADERS,
        body: JSON.stringify({ requests: [request('q1'), request('q2')] }),
      });
      const { id } = (await created.json()) as Batch;
      const batch = (await (
        await fetch(`${server.url}/v1/messages/batches/${id}`, { headers: API_HEADERS })
      ).json()) as Batch;
      expect(batch.results_url).toBe(`${server.url}/v1/messages/batches/${id}/results`);
      const response = await fetch(batch.results_url ?? '', { headers: API_HEADERS });
      expect(response.headers.get('content-type')).toBe('application/binary');
      const lines = (await response.text()).trim().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as ResultLine).custom_id)).toEqual(['q1', 'q2']);
    } finally {
      await server.close();
    }
  });
});
