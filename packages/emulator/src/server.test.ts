import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './running-emulator.js';
import { startEmulator } from './start-emulator.js';
import { API_HEADERS, createMessageBody, parseServerSentEvents, readUntilError } from './testing/request-helpers.js';

let server: RunningEmulator | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<RunningEmulator> {
  server = await startEmulator({ backends: { anthropic: { chunkSize: 4 } } });
  return server;
}

function postMessage(target: RunningEmulator, body: Record<string, unknown>, signal?: AbortSignal): Promise<Response> {
  return fetch(`${target.url}/v1/messages`, {
    method: 'POST',
    headers: API_HEADERS,
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

describe('the emulator over HTTP (node:http)', () => {
  it('listens on 127.0.0.1 and serves JSON with the API headers', async () => {
    const target = await start();
    expect(target.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${target.url}/v1/models?limit=1`, { headers: API_HEADERS });
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ data: [expect.objectContaining({ type: 'model' })], has_more: true });
    expect(target.requests[0]?.headers.get('x-api-key')).toBe('sk-ant-emulator');
  });

  it('records bodies sent over the socket', async () => {
    const target = await start();
    await postMessage(target, createMessageBody());
    expect(target.requests[0]?.body).toEqual(createMessageBody());
  });

  it('streams SSE events as separate chunks as they are produced', async () => {
    const target = await start();
    target.script({ content: [{ type: 'text', text: 'Streaming over a real socket.' }] });
    target.fault({ delayBetweenEventsMs: 5 });
    const response = await postMessage(target, createMessageBody({ stream: true }));
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const chunks: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value, { stream: true }));
    }
    const events = parseServerSentEvents(chunks.join(''));
    expect(chunks.length).toBeGreaterThan(1);
    expect(events.at(-1)?.event).toBe('message_stop');
    const text = events
      .filter((event) => event.event === 'content_block_delta')
      .map((event) => (event.data['delta'] as { text: string }).text)
      .join('');
    expect(text).toBe('Streaming over a real socket.');
  });

  it('dropAfterEvents breaks the connection mid-stream', async () => {
    const target = await start();
    target.fault({ dropAfterEvents: 2 });
    const response = await postMessage(target, createMessageBody({ stream: true }));
    expect(response.status).toBe(200);
    const { text, error } = await readUntilError(response.body!);
    expect(parseServerSentEvents(text).map((event) => event.event)).toEqual(['message_start', 'ping']);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('stallAfterEvents keeps the stream open until the client aborts, and close() still completes', async () => {
    const target = await start();
    target.fault({ stallAfterEvents: 2 });
    const controller = new AbortController();
    const response = await postMessage(target, createMessageBody({ stream: true }), controller.signal);
    setTimeout(() => controller.abort(), 50);
    const { text, error } = await readUntilError(response.body!);
    expect(parseServerSentEvents(text)).toHaveLength(2);
    expect(error).toMatchObject({ name: 'AbortError' });
    await target.close();
  });

  it('close() does not wait for a stalled stream the client keeps open', async () => {
    const target = await start();
    target.fault({ stallAfterEvents: 0 });
    const response = await postMessage(target, createMessageBody({ stream: true }));
    const reading = readUntilError(response.body!);
    const started = performance.now();
    await target.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await reading).error).toBeInstanceOf(TypeError);
  });

  it('dropConnection makes fetch reject', async () => {
    const target = await start();
    target.fault({ dropConnection: true });
    await expect(postMessage(target, createMessageBody())).rejects.toThrow(TypeError);
    expect((await postMessage(target, createMessageBody())).status).toBe(200);
  });

  it('latencyMs delays the response headers', async () => {
    const target = await start();
    target.fault({ latencyMs: 80 });
    const started = performance.now();
    const response = await fetch(`${target.url}/v1/models`, { headers: API_HEADERS });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it('stops a latency wait when the client disconnects', async () => {
    const target = await start();
    target.fault({ latencyMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(
      fetch(`${target.url}/v1/models`, { headers: API_HEADERS, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    const started = performance.now();
    await target.close();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers a CORS preflight', async () => {
    const target = await start();
    const response = await fetch(`${target.url}/v1/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers':
          'anthropic-version, x-api-key, content-type, anthropic-dangerous-direct-browser-access',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('anthropic-dangerous-direct-browser-access');
  });

  it('close() can be called twice', async () => {
    const target = await start();
    await target.close();
    await target.close();
  });
});
