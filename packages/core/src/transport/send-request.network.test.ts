import { getEventListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { Anthropic } from '../client/anthropic.js';
import type { ClientOptions } from '../client/options.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { OverloadedError } from '../errors/status-errors.js';

// Real sockets on 127.0.0.1 (STYLE habit 12): timeouts, aborts in flight, dropped connections.

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
});

/** Attempts as the client made them (the server may record an aborted attempt late, or never). */
let attempts: number[] = [];
function clientFor(options: ClientOptions = {}): Anthropic {
  attempts = [];
  return new Anthropic({
    apiKey: 'sk-ant-emulator',
    authToken: null,
    baseURL: server.url,
    logLevel: 'off',
    middleware: [(request, next, context) => (attempts.push(context.retryCount), next(request))],
    ...options,
  });
}

/** A one-off node:http server for behaviours the emulator has no fault for. */
async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const http: Server = createServer(handler);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

describe('timeouts', () => {
  it('times out each attempt, retries, then throws APIConnectionTimeoutError', async () => {
    server.fault({ latencyMs: 3_000 }, { latencyMs: 3_000 });
    const started = performance.now();
    const error = await clientFor({ timeout: 60, maxRetries: 1 })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe('Request timed out.');
    expect(attempts).toEqual([0, 1]);
    // Two 60 ms attempts plus one backoff (375–500 ms); far below the 3 s latency.
    expect(elapsed).toBeLessThan(2_000);
  });

  it('a per-request timeout overrides the client timeout', async () => {
    server.fault({ latencyMs: 3_000 });
    const error = await clientFor({ maxRetries: 0 })
      .get('/v1/models', { timeout: 50 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(attempts).toEqual([0]);
  });

  it('bounds the whole attempt, reading a non-streamed body included; a body that arrives in time passes', async () => {
    const slowBody = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"slow":');
      setTimeout(() => response.end('true}'), 150);
    });
    try {
      const patient = new Anthropic({ apiKey: 'k', baseURL: slowBody.url, timeout: 2_000, maxRetries: 0 });
      await expect(patient.get('/x')).resolves.toEqual({ slow: true });
      const hasty = new Anthropic({ apiKey: 'k', baseURL: slowBody.url, timeout: 100, maxRetries: 0 });
      await expect(hasty.get('/x')).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    } finally {
      await slowBody.close();
    }
  });

  it.each([
    ['no body at all', (response: ServerResponse) => response.flushHeaders()],
    ['half a body', (response: ServerResponse) => response.write('{"id":"msg_')],
  ])('settles a 200 whose body stalls (%s): timeout 400 and idleTimeout 300 both set', async (_, stall) => {
    const stalled = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      stall(response);
    });
    try {
      for (const options of [
        { timeout: 400 },
        { timeout: 60_000, idleTimeout: 300 },
        { timeout: 400, idleTimeout: 300 },
      ]) {
        const started = performance.now();
        const error = await new Anthropic({ apiKey: 'k', baseURL: stalled.url, maxRetries: 0, ...options })
          .post('/v1/messages', { body: {} })
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(APIConnectionTimeoutError);
        expect(performance.now() - started).toBeLessThan(5_000);
      }
    } finally {
      await stalled.close();
    }
  });

  it('does not count the time before anyone asks for the value: a promise awaited late still resolves', async () => {
    const quick = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"late":true}');
    });
    try {
      const promise = new Anthropic({ apiKey: 'k', baseURL: quick.url, timeout: 100, maxRetries: 0 }).get('/x');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(promise).resolves.toEqual({ late: true });
    } finally {
      await quick.close();
    }
  });

  it('a 2xx that cannot be the result rejects with an AnthropicError saying what came back', async () => {
    const bodies = ['', 'not json at all', '<html>login</html>'];
    let index = 0;
    const odd = await startServer((_request, response) => {
      const body = bodies[index++ % bodies.length]!;
      response.writeHead(200, { 'content-type': body.startsWith('<') ? 'text/html' : 'application/json' });
      response.end(body);
    });
    try {
      const client = new Anthropic({ apiKey: 'k', baseURL: odd.url, maxRetries: 0 });
      const empty = await client.post('/v1/messages', { body: {} }).catch((caught: unknown) => caught);
      expect(empty).toBeInstanceOf(AnthropicError);
      expect((empty as Error).message).toBe('Expected a JSON body from 200 POST /v1/messages, but the body was empty.');
      const invalid = await client.post('/v1/messages', { body: {} }).catch((caught: unknown) => caught);
      expect((invalid as Error).message).toBe(
        'Expected a JSON body from 200 POST /v1/messages, but got content-type application/json and "not json at all".',
      );
      expect((invalid as Error).cause).toBeInstanceOf(SyntaxError);
      const html = await client.get('/v1/models').catch((caught: unknown) => caught);
      expect((html as Error).message).toMatch(/content-type text\/html and "<html>login<\/html>"/);
    } finally {
      await odd.close();
    }
  });

  it('reports a timeout while reading an error body as a timeout, not a user abort', async () => {
    const stalledError = await startServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.write('{"type":"error",'); // ...and never finishes
    });
    try {
      const client = new Anthropic({ apiKey: 'k', baseURL: stalledError.url, timeout: 100, maxRetries: 0 });
      const error = await client.get('/x').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect(error).not.toBeInstanceOf(APIUserAbortError);
    } finally {
      await stalledError.close();
    }
  });
});

describe('aborts on a real connection', () => {
  it('aborting in flight rejects at once with APIUserAbortError and is not retried', async () => {
    server.fault({ latencyMs: 3_000 }, { latencyMs: 3_000 });
    const controller = new AbortController();
    const started = performance.now();
    const promise = clientFor({ maxRetries: 2 }).get('/v1/models', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(promise).rejects.toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(attempts).toEqual([0]);
  });

  it('sends nothing for an already aborted signal', async () => {
    await expect(clientFor().get('/v1/models', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(attempts).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('aborting while a successful body is read rejects with APIUserAbortError', async () => {
    const controller = new AbortController();
    const slowBody = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":');
      setTimeout(() => controller.abort(), 30);
    });
    try {
      const client = new Anthropic({ apiKey: 'k', baseURL: slowBody.url, maxRetries: 0 });
      await expect(client.get('/x', { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    } finally {
      await slowBody.close();
    }
  });

  it('leaves no listener on a long-lived AbortSignal across 50 requests', async () => {
    const controller = new AbortController();
    const client = clientFor({ maxRetries: 1 });
    server.fault({ status: 529, headers: { 'retry-after-ms': '0' } }, { status: 404, match: '/v1/models/none' });
    for (let index = 0; index < 50; index += 1) {
      await client
        .get(index % 5 === 4 ? '/v1/models/none' : '/v1/models', { signal: controller.signal })
        .catch(() => {});
    }
    expect(server.requests.length).toBeGreaterThanOrEqual(50);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('connection failures', () => {
  it('throws APIConnectionError with the cause when every attempt is dropped', async () => {
    server.fault({ dropConnection: true }, { dropConnection: true });
    const error = await clientFor({ maxRetries: 1 })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe('Connection error.');
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(attempts).toEqual([0, 1]);
  });

  it('throws APIConnectionError when nothing listens on the port', async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const error = await new Anthropic({ apiKey: 'k', baseURL: closed.url, maxRetries: 0 })
      .get('/x')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).cause).toBeDefined();
  });

  it('retries a 529 from the server, honouring retry-after-ms', async () => {
    server.fault(
      { status: 529, headers: { 'retry-after-ms': '1' } },
      { status: 529, headers: { 'retry-after-ms': '1' } },
      { status: 529, headers: { 'retry-after-ms': '1' } },
    );
    const error = await clientFor({ maxRetries: 2 })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OverloadedError);
    expect((error as OverloadedError).type).toBe('overloaded_error');
    expect((error as OverloadedError).requestID).toMatch(/^req_/);
    expect((error as OverloadedError).message).toMatch(/^529 /);
    expect(attempts).toEqual([0, 1, 2]);
    expect(server.requests).toHaveLength(3);
  });
});
