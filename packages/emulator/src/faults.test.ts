import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from './create-emulator-fetch.js';
import {
  createMessageBody,
  getJson,
  parseServerSentEvents,
  postJson,
  readUntilError,
} from './testing/request-helpers.js';

const streamBody = () => createMessageBody({ stream: true });

describe('HTTP error faults', () => {
  it('reply with the status and the API error body, FIFO, then recover', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ status: 529 }, { status: 500 });
    const overloaded = await postJson(emulator, '/v1/messages', createMessageBody());
    expect(overloaded.status).toBe(529);
    expect(overloaded.headers.get('content-type')).toBe('application/json');
    expect(await overloaded.json()).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
      request_id: overloaded.headers.get('request-id'),
    });
    const internal = await postJson(emulator, '/v1/messages', createMessageBody());
    expect(await internal.json()).toMatchObject({ error: { type: 'api_error' } });
    expect((await postJson(emulator, '/v1/messages', createMessageBody())).status).toBe(200);
  });

  it('apply before validation and authentication', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ status: 429 });
    const response = await postJson(
      emulator,
      '/v1/messages',
      { nonsense: true },
      { headers: { 'x-api-key': 'wrong' } },
    );
    expect(response.status).toBe(429);
  });

  it('take type and message overrides, and derive the status from the type', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ status: 400, errorType: 'custom_error', message: 'Custom' }, { errorType: 'rate_limit_error' });
    expect(await (await postJson(emulator, '/v1/messages', createMessageBody())).json()).toMatchObject({
      error: { type: 'custom_error', message: 'Custom' },
    });
    const rateLimited = await postJson(emulator, '/v1/messages', createMessageBody());
    expect(rateLimited.status).toBe(429);
    expect(await rateLimited.json()).toMatchObject({ error: { type: 'rate_limit_error' } });
  });

  it('send a raw body as is', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ status: 502, body: '<html>Bad Gateway</html>' });
    const response = await postJson(emulator, '/v1/messages', createMessageBody());
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('<html>Bad Gateway</html>');
  });

  it('add extra headers, to errors and to normal replies', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault(
      { status: 429, headers: { 'retry-after-ms': '50', 'x-should-retry': 'true' } },
      { headers: { 'retry-after': '1' } },
    );
    const limited = await postJson(emulator, '/v1/messages', createMessageBody());
    expect(limited.headers.get('retry-after-ms')).toBe('50');
    expect(limited.headers.get('x-should-retry')).toBe('true');
    const fine = await postJson(emulator, '/v1/messages', createMessageBody());
    expect(fine.status).toBe(200);
    expect(fine.headers.get('retry-after')).toBe('1');
  });
});

describe('connection faults', () => {
  it('dropConnection rejects like fetch', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ dropConnection: true });
    await expect(postJson(emulator, '/v1/messages', createMessageBody())).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
    });
    expect(emulator.requests).toHaveLength(1);
  });

  it('latencyMs delays the response headers', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ latencyMs: 60 });
    const started = performance.now();
    const response = await getJson(emulator, '/v1/models');
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('latencyMs stops waiting when the request is aborted', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ latencyMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    await expect(
      postJson(emulator, '/v1/messages', createMessageBody(), { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('SSE faults', () => {
  it('sseErrorAfterEvents sends N events, then an error event, then ends', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault(
      { sseErrorAfterEvents: 3 },
      { sseErrorAfterEvents: 0, errorType: 'rate_limit_error', message: 'Slow down' },
    );
    const first = await postJson(emulator, '/v1/messages', streamBody());
    expect(first.status).toBe(200);
    const events = parseServerSentEvents(await first.text());
    expect(events.map((event) => event.event)).toEqual(['message_start', 'ping', 'content_block_start', 'error']);
    expect(events[3]?.data).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });

    const second = await postJson(emulator, '/v1/messages', streamBody());
    expect(second.status).toBe(200);
    expect(parseServerSentEvents(await second.text())).toEqual([
      { event: 'error', data: { type: 'error', error: { type: 'rate_limit_error', message: 'Slow down' } } },
    ]);
  });

  it('sseErrorAfterEvents takes the default message of a given error type', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ sseErrorAfterEvents: 1, errorType: 'api_error' });
    const events = parseServerSentEvents(await (await postJson(emulator, '/v1/messages', streamBody())).text());
    expect(events.at(-1)?.data).toEqual({
      type: 'error',
      error: { type: 'api_error', message: 'Internal server error' },
    });
  });

  it('dropAfterEvents errors the body after N events', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ dropAfterEvents: 2 });
    const response = await postJson(emulator, '/v1/messages', streamBody());
    const { text, error } = await readUntilError(response.body!);
    expect(parseServerSentEvents(text).map((event) => event.event)).toEqual(['message_start', 'ping']);
    expect(error).toMatchObject({ name: 'TypeError', message: 'terminated' });
  });

  it('stallAfterEvents goes silent until the client aborts', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ stallAfterEvents: 1 });
    const controller = new AbortController();
    const response = await postJson(emulator, '/v1/messages', streamBody(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const { text, error } = await readUntilError(response.body!);
    expect(parseServerSentEvents(text).map((event) => event.event)).toEqual(['message_start']);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('delayBetweenEventsMs paces the events', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ delayBetweenEventsMs: 10 });
    const started = performance.now();
    const events = parseServerSentEvents(await (await postJson(emulator, '/v1/messages', streamBody())).text());
    expect(performance.now() - started).toBeGreaterThanOrEqual((events.length - 1) * 10 - 5);
    expect(events.at(-1)?.event).toBe('message_stop');
  });

  it('are consumed but ignored by a non-streaming request', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ dropAfterEvents: 0 });
    expect((await postJson(emulator, '/v1/messages', createMessageBody())).status).toBe(200);
    const next = await postJson(emulator, '/v1/messages', streamBody());
    expect(parseServerSentEvents(await next.text()).at(-1)?.event).toBe('message_stop');
  });
});

describe('fault matching', () => {
  it('applies a fault only to paths starting with match, keeping it queued until then', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ status: 503, match: '/v1/models' }, { status: 500 });
    expect((await postJson(emulator, '/v1/messages', createMessageBody())).status).toBe(500);
    expect((await postJson(emulator, '/v1/messages', createMessageBody())).status).toBe(200);
    expect((await getJson(emulator, '/v1/models')).status).toBe(503);
    expect((await getJson(emulator, '/v1/models')).status).toBe(200);
  });
});
