import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Anthropic } from '../client/anthropic.js';
import type { ClientOptions } from '../client/options.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIError } from '../errors/api-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import {
  BadRequestError,
  ConflictError,
  InternalServerError,
  OverloadedError,
  RateLimitError,
} from '../errors/status-errors.js';
import { NothingGenerated } from './nothing-generated.js';
import { errorResponse, jsonResponse, recordingFetch, recordingLogger } from './test-fetch.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Answers with `responses` in order (the last one repeats). */
function scripted(...responses: Array<() => Response | Promise<Response>>) {
  return recordingFetch((_request, index) => responses[Math.min(index, responses.length - 1)]!());
}

function clientFor(fetchImpl: typeof fetch, options: ClientOptions = {}): Anthropic {
  return new Anthropic({
    apiKey: 'sk-test',
    authToken: null,
    baseURL: 'http://api.test',
    fetch: fetchImpl,
    logLevel: 'off',
    ...options,
  });
}

const ok = () => jsonResponse({ ok: true });
const failing =
  (status: number, headers: Record<string, string> = { 'retry-after-ms': '1' }) =>
  () =>
    errorResponse(status, { headers });

describe('retries on status', () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 529])(
    'retries %i, then succeeds, counting retries in x-stainless-retry-count',
    async (status) => {
      const { fetch, requests } = scripted(failing(status), failing(status), ok);
      const result = await clientFor(fetch).post('/v1/messages', { body: { n: 1 } });
      expect(result).toEqual({ ok: true });
      expect(requests.map((request) => request.headers.get('x-stainless-retry-count'))).toEqual(['0', '1', '2']);
      // The whole request is rebuilt for every attempt: same body each time.
      expect(await Promise.all(requests.map((request) => request.text()))).toEqual(['{"n":1}', '{"n":1}', '{"n":1}']);
    },
  );

  it.each([400, 401, 403, 404, 413, 422])('does not retry %i', async (status) => {
    const { fetch, requests } = scripted(failing(status), ok);
    await expect(clientFor(fetch).get('/v1/models')).rejects.toMatchObject({ status });
    expect(requests).toHaveLength(1);
  });

  it('throws the last error once the budget is spent (maxRetries + 1 attempts)', async () => {
    const { fetch, requests } = scripted(failing(529));
    const error = await clientFor(fetch, { maxRetries: 3 })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OverloadedError);
    expect((error as APIError).retryAfterMs).toBeUndefined();
    expect(requests).toHaveLength(4);
    expect(requests.at(-1)!.headers.get('x-stainless-retry-count')).toBe('3');
  });

  it('maxRetries: 0 disables retries', async () => {
    const { fetch, requests } = scripted(failing(500), ok);
    await expect(clientFor(fetch, { maxRetries: 0 }).get('/v1/models')).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });

  it('a per-request maxRetries overrides the client budget both ways', async () => {
    const more = scripted(failing(429), failing(429), failing(429), ok);
    await expect(clientFor(more.fetch, { maxRetries: 0 }).get('/x', { maxRetries: 3 })).resolves.toEqual({ ok: true });
    expect(more.requests).toHaveLength(4);
    const fewer = scripted(failing(429), ok);
    await expect(clientFor(fewer.fetch, { maxRetries: 5 }).get('/x', { maxRetries: 0 })).rejects.toBeInstanceOf(
      RateLimitError,
    );
    expect(fewer.requests).toHaveLength(1);
  });

  it('x-should-retry: true retries a status that is otherwise final', async () => {
    const { fetch, requests } = scripted(failing(400, { 'x-should-retry': 'true', 'retry-after-ms': '0' }), ok);
    await expect(clientFor(fetch).get('/x')).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  });

  it('x-should-retry: false stops the retry of a retryable status', async () => {
    const { fetch, requests } = scripted(failing(529, { 'x-should-retry': 'false', 'retry-after-ms': '0' }), ok);
    await expect(clientFor(fetch).get('/x')).rejects.toBeInstanceOf(OverloadedError);
    expect(requests).toHaveLength(1);
  });

  it('lets a caller-supplied x-stainless-retry-count win', async () => {
    const { fetch, requests } = scripted(failing(500), ok);
    await clientFor(fetch).get('/x', { headers: { 'x-stainless-retry-count': 'custom' } });
    expect(requests.map((request) => request.headers.get('x-stainless-retry-count'))).toEqual(['custom', 'custom']);
  });

  it('cancels the body of a response it retries', async () => {
    let cancelled = 0;
    const errorBody = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode('{"type":"error"'));
          },
          cancel() {
            cancelled += 1;
          },
        }),
        { status: 529, headers: { 'retry-after-ms': '0', 'content-type': 'application/json' } },
      );
    const { fetch } = scripted(errorBody, errorBody, ok);
    await clientFor(fetch).get('/x');
    expect(cancelled).toBe(2);
  });

  it('does not retry an error thrown by the request build (missing credentials)', async () => {
    const { fetch, requests } = scripted(ok);
    const client = new Anthropic({ apiKey: null, authToken: null, fetch, baseURL: 'http://api.test' });
    await expect(client.get('/x')).rejects.toThrow(/Could not resolve authentication method/);
    expect(requests).toHaveLength(0);
  });
});

describe('retry delay', () => {
  it('sleeps the server-requested retry-after-ms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { fetch, requests } = scripted(failing(429, { 'retry-after-ms': '1500' }), ok);
    const promise = clientFor(fetch).get('/x');
    await vi.advanceTimersByTimeAsync(1_499);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await expect(promise).resolves.toEqual({ ok: true });
  });

  it('retries at once for retry-after-ms: 0 (not treated as absent)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { fetch, requests } = scripted(failing(429, { 'retry-after-ms': '0', 'retry-after': '30' }), ok);
    const promise = clientFor(fetch).get('/x');
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
    await expect(promise).resolves.toEqual({ ok: true });
  });

  it('sleeps retry-after seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { fetch, requests } = scripted(failing(503, { 'retry-after': '2' }), ok);
    const promise = clientFor(fetch).get('/x');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await promise;
  });

  it('sleeps until a retry-after HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2025-06-01T12:00:00Z'));
    const { fetch, requests } = scripted(failing(429, { 'retry-after': 'Sun, 01 Jun 2025 12:00:03 GMT' }), ok);
    const promise = clientFor(fetch).get('/x');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await promise;
  });

  it('without a hint, backs off 0.5 s then 1 s (× jitter between 0.75 and 1)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { fetch, requests } = scripted(failing(500, {}), failing(500, {}), ok);
    const promise = clientFor(fetch).get('/x');
    await vi.advanceTimersByTimeAsync(499);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    await expect(promise).resolves.toEqual({ ok: true });
  });

  it('throws at once, with retryAfterMs, when the server asks for more than maxRetryDelay', async () => {
    const { fetch, requests } = scripted(failing(429, { 'retry-after': '120' }), ok);
    const started = performance.now();
    const error = await clientFor(fetch)
      .get('/x')
      .catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect((error as RateLimitError).message).toBe('429 failure 429');
    expect(requests).toHaveLength(1);
  });

  it('honours a custom maxRetryDelay; a wait equal to it is still slept', async () => {
    const over = scripted(failing(529, { 'retry-after-ms': '21' }), ok);
    const error = await clientFor(over.fetch, { maxRetryDelay: 20 })
      .get('/x')
      .catch((caught: unknown) => caught);
    expect((error as APIError).retryAfterMs).toBe(21);
    expect(over.requests).toHaveLength(1);
    const equal = scripted(failing(529, { 'retry-after-ms': '20' }), ok);
    await expect(clientFor(equal.fetch, { maxRetryDelay: 20 }).get('/x')).resolves.toEqual({ ok: true });
    expect(equal.requests).toHaveLength(2);
  });

  it('does not look at retry-after on a status that is not retried', async () => {
    const { fetch } = scripted(failing(400, { 'retry-after': '120' }));
    const error = await clientFor(fetch)
      .get('/x')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as APIError).retryAfterMs).toBeUndefined();
  });
});

describe('abort', () => {
  it('rejects at once with APIUserAbortError when aborted during the wait between attempts', async () => {
    const { fetch, requests } = scripted(failing(529, { 'retry-after-ms': '30000' }), ok);
    const controller = new AbortController();
    const started = performance.now();
    const promise = clientFor(fetch).get('/x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(promise).rejects.toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(requests).toHaveLength(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('sends nothing for a signal aborted before the call', async () => {
    const { fetch, requests } = scripted(ok);
    const error = await clientFor(fetch)
      .get('/x', { signal: AbortSignal.abort() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).message).toBe('Request was aborted.');
    expect(requests).toHaveLength(0);
  });

  it('does not retry when the caller aborts while fetch is pending', async () => {
    const controller = new AbortController();
    const { fetch, requests } = recordingFetch(
      (request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
          setTimeout(() => controller.abort(), 5);
        }),
    );
    await expect(clientFor(fetch).get('/x', { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(requests).toHaveLength(1);
  });
});

describe('timeouts (logic; real sockets in send-request.network.test.ts)', () => {
  /** A fetch that answers only when `answerOn` says so, and rejects like fetch when its request is aborted. */
  const hanging = (answerOn: (index: number) => boolean) =>
    recordingFetch(
      (request, index) =>
        new Promise<Response>((resolve, reject) => {
          if (answerOn(index)) return resolve(ok());
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
    );

  it('aborts an attempt after `timeout` ms, retries after backoff, and recovers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { fetch, requests } = hanging((index) => index === 1);
    const promise = clientFor(fetch, { timeout: 1_000 }).get('/x');
    await vi.advanceTimersByTimeAsync(999);
    expect(requests[0]!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests[0]!.signal.aborted).toBe(true);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(2);
    await expect(promise).resolves.toEqual({ ok: true });
  });

  it('throws APIConnectionTimeoutError once every attempt timed out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { fetch, requests } = hanging(() => false);
    const outcome = clientFor(fetch, { timeout: 100, maxRetries: 2 })
      .get('/x')
      .catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(100 + 500 + 100 + 1_000 + 100);
    const error = await outcome;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(requests).toHaveLength(3);
  });
});

describe('connection errors', () => {
  it('retries a network failure, then throws APIConnectionError with the cause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const failure = new TypeError('fetch failed');
    const { fetch, requests } = recordingFetch(() => Promise.reject(failure));
    const promise = clientFor(fetch).get('/x');
    const outcome = promise.catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await outcome;
    expect(requests).toHaveLength(3);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIConnectionError).message).toBe('Connection error.');
    expect((error as APIConnectionError).cause).toBe(failure);
    expect((error as APIConnectionError).status).toBeUndefined();
  });

  it('recovers when a retry after a network failure succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { fetch, requests } = recordingFetch((_request, index) =>
      index === 0 ? Promise.reject(new TypeError('fetch failed')) : ok(),
    );
    const promise = clientFor(fetch).get('/x');
    await vi.advanceTimersByTimeAsync(500);
    await expect(promise).resolves.toEqual({ ok: true });
    expect(requests.map((request) => request.headers.get('x-stainless-retry-count'))).toEqual(['0', '1']);
  });

  it('classifies a failure whose text says "timed out" as APIConnectionTimeoutError', async () => {
    const { fetch } = recordingFetch(() =>
      Promise.reject(new Error('socket', { cause: new Error('Connect Timeout: timed out') })),
    );
    const error = await clientFor(fetch, { maxRetries: 0 })
      .get('/x')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe('Request timed out.');
  });
});

describe('a parser reporting that nothing was generated (an error inside a 2xx body, before any content)', () => {
  const numbered = () =>
    recordingFetch((_request, index) =>
      jsonResponse({ attempt: index }, { headers: { 'request-id': `req_${index}` } }),
    );
  type Props = import('./response-props.js').APIResponseProps;

  it('is retried like the HTTP status of its type, with backoff, reporting the response that was used', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { fetch, requests } = numbered();
    const parser = async (props: Props): Promise<{ attempt: number; retriesTaken: number }> => {
      const body = (await props.response.json()) as { attempt: number };
      if (body.attempt === 0) throw new NothingGenerated(new OverloadedError({ type: 'overloaded_error' }));
      props.release();
      return { attempt: body.attempt, retriesTaken: props.retriesTaken };
    };
    const promise = clientFor(fetch).request({ method: 'post', path: '/v1/messages', body: {} }, parser).withResponse();
    await vi.advanceTimersByTimeAsync(499);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const { data, request_id } = await promise;
    expect(data).toEqual({ attempt: 1, retriesTaken: 1 });
    expect(request_id).toBe('req_1');
    expect(requests[1]!.headers.get('x-stainless-retry-count')).toBe('1');
  });

  it('is thrown as its error when the type is not retryable or the budget is spent', async () => {
    const badRequest = new BadRequestError({ type: 'invalid_request_error' });
    const overloaded = new OverloadedError({ type: 'overloaded_error' });
    const first = numbered();
    await expect(
      clientFor(first.fetch).request({ method: 'get', path: '/x' }, async () => {
        throw new NothingGenerated(badRequest);
      }),
    ).rejects.toBe(badRequest);
    expect(first.requests).toHaveLength(1);
    const second = numbered();
    await expect(
      clientFor(second.fetch, { maxRetries: 0 }).request({ method: 'get', path: '/x' }, async () => {
        throw new NothingGenerated(overloaded);
      }),
    ).rejects.toBe(overloaded);
    expect(second.requests).toHaveLength(1);
  });

  it('any other parser failure is final, never retried', async () => {
    const { fetch, requests } = numbered();
    const failure = new APIConnectionError({ message: 'body cut' });
    await expect(
      clientFor(fetch).request({ method: 'get', path: '/x' }, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(requests).toHaveLength(1);
  });
});

describe('fetch edge cases', () => {
  it('classifies a fetch that throws synchronously as a connection error', async () => {
    const failure = new TypeError('Failed to parse URL');
    const fetchImpl = (() => {
      throw failure;
    }) as unknown as typeof fetch;
    const error = await clientFor(fetchImpl, { maxRetries: 0 })
      .get('/x')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).cause).toBe(failure);
  });

  it('treats a timeout beyond the timer maximum as "very long", not as "now"', async () => {
    const { fetch, requests } = recordingFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return ok();
    });
    await expect(clientFor(fetch, { timeout: Number.MAX_SAFE_INTEGER, maxRetries: 0 }).get('/x')).resolves.toEqual({
      ok: true,
    });
    expect(requests).toHaveLength(1);
  });

  it('sleeps a server-requested wait beyond the timer maximum instead of retrying at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { fetch, requests } = scripted(failing(429, { 'retry-after-ms': '3000000000' }), ok);
    const promise = clientFor(fetch, { maxRetryDelay: 4_000_000_000 }).get('/x');
    promise.catch(() => {});
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(1);
  });
});

describe('request options validation', () => {
  it.each([
    ['timeout', -1, /^timeout must be an integer ≥ 0.*received -1$/],
    ['timeout', 1.5, /^timeout must be an integer ≥ 0.*received 1\.5$/],
    ['maxRetries', '2', /^maxRetries must be an integer ≥ 0.*received "2"$/],
    ['idleTimeout', null, /^idleTimeout must be an integer ≥ 0.*received null$/],
  ])('rejects %s = %s before sending, naming the option and the value', async (name, value, message) => {
    const { fetch, requests } = scripted(ok);
    const error = await clientFor(fetch)
      .get('/x', { [name]: value })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toMatch(message);
    expect(requests).toHaveLength(0);
  });
});

describe('errors from the status', () => {
  it('builds the status class with the body, headers and request id', async () => {
    const { fetch } = scripted(() =>
      jsonResponse(
        {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
          request_id: 'req_body',
        },
        { status: 400, headers: { 'request-id': 'req_header' } },
      ),
    );
    const error = (await clientFor(fetch)
      .post('/v1/messages', { body: {} })
      .catch((caught: unknown) => caught)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe('400 max_tokens: Field required');
    expect(error.requestID).toBe('req_header');
    expect(error.type).toBe('invalid_request_error');
    expect(error.error).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
      request_id: 'req_body',
    });
    expect(error.headers?.get('request-id')).toBe('req_header');
  });

  it('keeps a non-JSON error body as text', async () => {
    const { fetch } = scripted(
      () => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    const error = (await clientFor(fetch, { maxRetries: 0 })
      .get('/x')
      .catch((caught: unknown) => caught)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.error).toBe('<html>Bad Gateway</html>');
    expect(error.message).toBe('502 <html>Bad Gateway</html>');
  });

  it('says "(no body)" for an empty error body', async () => {
    const { fetch } = scripted(() => new Response(null, { status: 409 }));
    const error = (await clientFor(fetch, { maxRetries: 0 })
      .get('/x')
      .catch((caught: unknown) => caught)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe('409 status code (no body)');
    expect(error.error).toBeUndefined();
  });
});

describe('middleware through the client', () => {
  it('runs client middleware outside request middleware, in order, on every attempt', async () => {
    const seen: string[] = [];
    const trace =
      (name: string) =>
      async (
        request: Request,
        next: (request: Request) => Promise<Response>,
        context: { retryCount: number; maxRetries: number },
      ) => {
        seen.push(`${name}>${context.retryCount}/${context.maxRetries}`);
        const response = await next(request);
        seen.push(`${name}<${response.status}`);
        return response;
      };
    const { fetch } = scripted(failing(529), ok);
    const client = clientFor(fetch, { middleware: [trace('a'), trace('b')] });
    await client.get('/x', { middleware: [trace('c')] });
    expect(seen).toEqual([
      'a>0/2',
      'b>0/2',
      'c>0/2',
      'c<529',
      'b<529',
      'a<529',
      'a>1/2',
      'b>1/2',
      'c>1/2',
      'c<200',
      'b<200',
      'a<200',
    ]);
  });

  it('gives middleware the canonical request and lets it change what is sent', async () => {
    const { fetch, requests } = scripted(ok);
    const client = clientFor(fetch, {
      middleware: [
        async (request, next, context) => {
          expect(request.headers.get('authorization')).toBe('Bearer sk-test');
          expect(context.options.path).toBe('/v1/messages');
          const changed = new Request(request, { headers: new Headers(request.headers) });
          changed.headers.set('x-trace-id', 'trace-1');
          return next(changed);
        },
      ],
    });
    await client.post('/v1/messages', { body: { a: 1 } });
    expect(requests[0]!.headers.get('x-trace-id')).toBe('trace-1');
    expect(await requests[0]!.text()).toBe('{"a":1}');
  });

  it('lets middleware short-circuit without a network call', async () => {
    const { fetch, requests } = scripted(ok);
    const client = clientFor(fetch, { middleware: [async () => jsonResponse({ cached: true })] });
    await expect(client.get('/x')).resolves.toEqual({ cached: true });
    expect(requests).toHaveLength(0);
  });

  it('a short-circuited retryable status is retried like any other', async () => {
    let calls = 0;
    const { fetch, requests } = scripted(ok);
    const client = clientFor(fetch, {
      middleware: [async (request, next) => (calls++ === 0 ? failing(503)() : next(request))],
    });
    await expect(client.get('/x')).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(1);
    expect(calls).toBe(2);
  });

  it('rejects a second call of next', async () => {
    const { fetch, requests } = scripted(ok);
    const client = clientFor(fetch, {
      middleware: [
        async (request, next) => {
          await next(request);
          return next(request);
        },
      ],
    });
    await expect(client.get('/x')).rejects.toThrow(/next\(\) more than once/);
    expect(requests).toHaveLength(1);
  });

  it('propagates an error thrown by middleware unchanged and does not retry it', async () => {
    const failure = new Error('policy says no');
    let calls = 0;
    const { fetch, requests } = scripted(ok);
    const client = clientFor(fetch, {
      middleware: [
        async () => {
          calls += 1;
          throw failure;
        },
      ],
    });
    await expect(client.get('/x')).rejects.toBe(failure);
    expect(calls).toBe(1);
    expect(requests).toHaveLength(0);
  });

  it('retries a connection error that surfaces through middleware', async () => {
    const { fetch, requests } = recordingFetch((_request, index) =>
      index === 0 ? Promise.reject(new TypeError('fetch failed')) : ok(),
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const client = clientFor(fetch, { middleware: [async (request, next) => next(request)] });
    const promise = client.get('/x');
    await vi.advanceTimersByTimeAsync(500);
    await expect(promise).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  });
});

describe('logging', () => {
  it('logs one info line per attempt outcome, with the request id', async () => {
    const { logger, lines } = recordingLogger();
    const { fetch } = scripted(failing(529, { 'retry-after-ms': '0', 'request-id': 'req_first' }), () =>
      jsonResponse({ ok: true }, { headers: { 'request-id': 'req_second' } }),
    );
    await clientFor(fetch, { logger, logLevel: 'info' }).post('/v1/messages', { body: {} });
    const info = lines.filter((line) => line.level === 'info').map((line) => String(line.args[0]));
    expect(info).toHaveLength(2);
    expect(info[0]).toMatch(
      /^\[log_[0-9a-f]{6}, request-id: "req_first"\] POST \/v1\/messages failed with status 529; retrying in 0ms, 2 attempts remaining$/,
    );
    expect(info[1]).toMatch(
      /^\[log_[0-9a-f]{6}, request-id: "req_second"\] POST \/v1\/messages succeeded with status 200 in \d+ms$/,
    );
    expect(lines.some((line) => line.level === 'debug')).toBe(false);
  });

  it('logs why a failed request was not retried', async () => {
    const { logger, lines } = recordingLogger();
    const { fetch } = scripted(failing(404), failing(529, { 'retry-after': '3600' }));
    const client = clientFor(fetch, { logger, logLevel: 'info' });
    await client.get('/a').catch(() => {});
    await client.get('/b').catch(() => {});
    const info = lines.map((line) => String(line.args[0]));
    expect(info[0]).toMatch(/GET \/a failed with status 404 in \d+ms; not retryable$/);
    expect(info[1]).toMatch(
      /GET \/b failed with status 529 in \d+ms; server asked to wait 3600000ms, over maxRetryDelay$/,
    );
  });

  it('at debug, logs request and response headers with credentials redacted', async () => {
    const { logger, lines } = recordingLogger();
    const { fetch } = scripted(() =>
      jsonResponse({ ok: true }, { headers: { 'set-cookie': 'session=abc', 'request-id': 'req_1' } }),
    );
    await clientFor(fetch, { logger, logLevel: 'debug', apiKey: null, authToken: 'tok-secret' }).get('/x', {
      headers: { Cookie: 'c=1', 'x-api-key': 'sk-test' },
    });
    const debug = lines.filter((line) => line.level === 'debug');
    expect(debug).toHaveLength(2);
    const sent = debug[0]!.args[1] as { method: string; url: string; headers: Record<string, string> };
    expect(sent.method).toBe('GET');
    expect(sent.url).toBe('http://api.test/x');
    expect(sent.headers['x-api-key']).toBe('***');
    expect(sent.headers['authorization']).toBe('***');
    expect(sent.headers['cookie']).toBe('***');
    expect(sent.headers['anthropic-version']).toBe('2026-10-21');
    expect((debug[1]!.args[1] as Record<string, string>)['set-cookie']).toBe('***');
    expect(JSON.stringify(lines)).not.toMatch(/sk-test|tok-secret|session=abc/);
  });

  it('takes the level from ANTHROPIC_LOG', async () => {
    vi.stubEnv('ANTHROPIC_LOG', 'info');
    try {
      const { logger, lines } = recordingLogger();
      const { fetch } = scripted(ok);
      await new Anthropic({ apiKey: 'k', fetch, logger, baseURL: 'http://api.test' }).get('/x');
      expect(lines.map((line) => line.level)).toEqual(['info']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('logs nothing at all with logLevel off, even for failures', async () => {
    const { logger, lines } = recordingLogger();
    const { fetch } = scripted(failing(529), failing(400));
    await clientFor(fetch, { logger, logLevel: 'off' })
      .get('/x')
      .catch(() => {});
    expect(lines).toEqual([]);
  });

  it('is silent at warn (the default) for a successful request and for retries', async () => {
    const { logger, lines } = recordingLogger();
    const { fetch } = scripted(failing(529), ok);
    await new Anthropic({ apiKey: 'k', fetch, logger, baseURL: 'http://api.test' }).get('/x');
    expect(lines).toEqual([]);
  });
});

describe('listeners', () => {
  it('leaves no abort listener on a long-lived signal across 50 requests of every outcome', async () => {
    const controller = new AbortController();
    const outcomes = [ok, failing(404), failing(529, { 'retry-after-ms': '0' })];
    const { fetch } = recordingFetch((_request, index) => outcomes[index % outcomes.length]!());
    const client = clientFor(fetch, { maxRetries: 1 });
    for (let index = 0; index < 50; index += 1) await client.get('/x', { signal: controller.signal }).catch(() => {});
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
