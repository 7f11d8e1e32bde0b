import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { Anthropic } from '../client/anthropic.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { NotFoundError } from '../errors/status-errors.js';
import { APIPromise } from './api-promise.js';
import { errorResponse, jsonResponse, recordingFetch } from './test-fetch.js';

function clientAnswering(handler: () => Response): Anthropic {
  const { fetch } = recordingFetch(handler);
  return new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test', maxRetries: 0 });
}

describe('APIPromise', () => {
  it('is a Promise of the parsed JSON body', async () => {
    const promise = clientAnswering(() => jsonResponse({ id: 'msg_1' })).get('/x');
    expect(promise).toBeInstanceOf(APIPromise);
    expect(promise).toBeInstanceOf(Promise);
    await expect(promise).resolves.toEqual({ id: 'msg_1' });
  });

  it('attaches a non-enumerable _request_id and _workspace_id to parsed objects', async () => {
    const data = await clientAnswering(() =>
      jsonResponse({ id: 'msg_1' }, { headers: { 'request-id': 'req_42', 'anthropic-workspace-id': 'wrk_7' } }),
    ).get<{ id: string; _request_id?: string | null }>('/x');
    expect(data._request_id).toBe('req_42');
    expect((data as { _workspace_id?: unknown })._workspace_id).toBe('wrk_7');
    expect(Object.keys(data)).toEqual(['id']);
    expect(JSON.stringify(data)).toBe('{"id":"msg_1"}');
  });

  it('does not attach _request_id to arrays', async () => {
    const data = await clientAnswering(() => jsonResponse([1, 2], { headers: { 'request-id': 'req_1' } })).get<
      number[]
    >('/x');
    expect(data).toEqual([1, 2]);
    expect(Object.getOwnPropertyNames(data)).not.toContain('_request_id');
  });

  it('withResponse gives data, the Response and the ids', async () => {
    const { data, response, request_id, workspace_id } = await clientAnswering(() =>
      jsonResponse({ id: 'm' }, { headers: { 'request-id': 'req_9', 'x-ratelimit-remaining': '5' } }),
    )
      .get('/x')
      .withResponse();
    expect(data).toEqual({ id: 'm' });
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('5');
    expect(request_id).toBe('req_9');
    expect(workspace_id).toBeNull();
  });

  it('asResponse gives the raw Response with its body unread', async () => {
    const response = await clientAnswering(() => jsonResponse({ id: 'raw' }))
      .get('/x')
      .asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ id: 'raw' });
  });

  it('parses once: await and withResponse share the same data', async () => {
    let reads = 0;
    const { fetch } = recordingFetch(() => {
      reads += 1;
      return jsonResponse({ n: reads });
    });
    const promise = new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' }).get<{ n: number }>('/x');
    const [awaited, { data }] = await Promise.all([promise, promise.withResponse()]);
    expect(awaited).toBe(data);
    expect(reads).toBe(1);
  });

  it('returns null for 204; a body that is not JSON, or none at all, rejects with an AnthropicError', async () => {
    await expect(clientAnswering(() => new Response(null, { status: 204 })).delete('/x')).resolves.toBeNull();
    await expect(
      clientAnswering(() => new Response('plain words', { headers: { 'content-type': 'text/plain' } })).get('/x'),
    ).rejects.toThrow('Expected a JSON body from 200 GET /x, but got content-type text/plain and "plain words".');
    await expect(
      clientAnswering(() => new Response('', { headers: { 'content-type': 'application/json' } })).get('/x'),
    ).rejects.toBeInstanceOf(AnthropicError);
  });

  it('parses +json media types, and JSON sent under another content type', async () => {
    await expect(
      clientAnswering(() => new Response('{"a":1}', { headers: { 'content-type': 'application/problem+json' } })).get(
        '/x',
      ),
    ).resolves.toEqual({ a: 1 });
    await expect(
      clientAnswering(() => new Response('{"b":2}', { headers: { 'content-type': 'text/plain' } })).get('/x'),
    ).resolves.toEqual({ b: 2 });
  });

  it('supports then/catch/finally chains that yield plain Promises', async () => {
    const promise = clientAnswering(() =>
      errorResponse(404, { type: 'not_found_error', message: 'no such model' }),
    ).get('/x');
    let finished = false;
    const caught = await promise
      .finally(() => {
        finished = true;
      })
      .catch((error: unknown) => error);
    expect(finished).toBe(true);
    expect(caught).toBeInstanceOf(NotFoundError);
    const derived = promise.then(() => 1);
    expect(derived).not.toBeInstanceOf(APIPromise);
    await expect(derived).rejects.toBeInstanceOf(NotFoundError);
  });

  describe('unhandled rejections', () => {
    const seen: unknown[] = [];
    const onUnhandled = (reason: unknown) => void seen.push(reason);
    afterEach(() => {
      process.off('unhandledRejection', onUnhandled);
    });

    it('a failing request nobody awaits does not cause an unhandled rejection', async () => {
      process.on('unhandledRejection', onUnhandled);
      clientAnswering(() => errorResponse(400)).get('/x');
      clientAnswering(() => errorResponse(400))
        .get('/x')
        .withResponse()
        .catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual([]);
    });
  });
});

describe('APIPromise.asResponse and the caller signal', () => {
  it('unlinks the caller signal once the raw body is read, cancelled, or absent', async () => {
    const controller = new AbortController();
    const { fetch } = recordingFetch((_request, index) =>
      index % 3 === 2 ? new Response(null, { status: 204 }) : jsonResponse({ index }),
    );
    const client = new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' });
    for (let index = 0; index < 30; index += 1) {
      const response = await client.get('/x', { signal: controller.signal }).asResponse();
      if (index % 3 === 0) await response.text();
      else if (index % 3 === 1) await response.body?.cancel();
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('keeps the link until the body is consumed, so aborting still cancels the download', async () => {
    const controller = new AbortController();
    const { fetch } = recordingFetch(
      (request) =>
        new Response(
          new ReadableStream({
            start(stream) {
              stream.enqueue(new TextEncoder().encode('first chunk'));
              request.signal.addEventListener('abort', () => stream.error(request.signal.reason));
            },
          }),
        ),
    );
    const response = await new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' })
      .get('/x', { signal: controller.signal })
      .asResponse();
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first chunk');
    controller.abort();
    await expect(reader.read()).rejects.toBeDefined();
  });

  it('keeps status, headers and url of the fetched response', async () => {
    const { fetch } = recordingFetch(() => {
      const response = jsonResponse({ a: 1 }, { status: 201, headers: { 'request-id': 'req_raw' } });
      Object.defineProperty(response, 'url', { value: 'http://api.test/x' });
      return response;
    });
    const response = await new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' }).get('/x').asResponse();
    expect(response.status).toBe(201);
    expect(response.headers.get('request-id')).toBe('req_raw');
    expect(response.url).toBe('http://api.test/x');
  });

  it('after withResponse() on the same promise, returns the already consumed response', async () => {
    const promise = new Anthropic({ apiKey: 'k', fetch: recordingFetch().fetch, baseURL: 'http://api.test' }).get('/x');
    const { response } = await promise.withResponse();
    await expect(promise.asResponse()).resolves.toBe(response);
  });
});
