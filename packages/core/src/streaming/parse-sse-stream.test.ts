import { afterEach, describe, expect, it, vi } from 'vitest';
import { Anthropic } from '../client/anthropic.js';
import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import { OverloadedError, RateLimitError } from '../errors/status-errors.js';
import { NothingGenerated } from '../transport/nothing-generated.js';
import { recordingFetch } from '../transport/test-fetch.js';
import { parseSSEItems, parseSSEStream } from './parse-sse-stream.js';
import { Stream } from './stream.js';
import { collect, createProps, expectedItems, MESSAGE_EVENTS, readFixture, sseResponse } from './test-helpers.js';

type Item = { type: string; message?: { id: string } };

function errorEvent(type: string, message: string): string {
  return `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type, message } })}\n\n`;
}

const early = readFixture('error-before-content.sse');
const reply = readFixture('text-reply.sse');
const head = reply.slice(0, reply.indexOf('event: content_block_start'));

afterEach(() => {
  vi.useRealTimers();
});

describe('parseSSEStream', () => {
  it('replays what it read ahead and continues: nothing lost, nothing twice', async () => {
    for (const name of ['text-reply.sse', 'ping-everywhere.sse', 'tool-use.sse', 'unknown-events.sse']) {
      const text = readFixture(name);
      const { props, calls } = createProps(sseResponse(text).response);
      const stream = await parseSSEStream<Item>(props);
      expect(await collect(stream)).toEqual(expectedItems(text, MESSAGE_EVENTS));
      expect(calls.release).toBe(1);
      expect(stream.controller).toBe(props.controller);
    }
  });

  it('resolves only once the first content event is in, not before', async () => {
    // message_start and pings, then silence: the read-ahead is still waiting.
    const { response } = sseResponse(head, { ending: 'stall' });
    const { props } = createProps(response);
    const outcome = await Promise.race([
      parseSSEStream(props).then(() => 'resolved'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 30)),
    ]);
    expect(outcome).toBe('waiting');
    props.controller.abort();
  });

  it('reports an error event before any content as NothingGenerated for the retry loop, freeing the body', async () => {
    for (const [text, ErrorClass] of [
      [early, OverloadedError],
      [errorEvent('rate_limit_error', 'Slow down'), RateLimitError],
    ] as const) {
      const { response, body } = sseResponse(text, { ending: 'stall' });
      const { props, calls } = createProps(response);
      const failure = await parseSSEStream(props).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(NothingGenerated);
      expect((failure as NothingGenerated).error).toBeInstanceOf(ErrorClass);
      expect((failure as NothingGenerated).error.requestID).toBe('req_test_123');
      expect(body.cancelled).toBe(true);
      // The attempt, not the parser, lets go of the caller's signal when it retries.
      expect(calls.release).toBe(0);
    }
  });

  it('does not treat an error event that comes after content as retryable: it is thrown from the iteration', async () => {
    const { props, calls } = createProps(sseResponse(readFixture('error-mid-stream.sse')).response);
    const stream = await parseSSEStream<Item>(props);
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const item of stream) seen.push(item.type);
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['message_start', 'content_block_start', 'content_block_delta']);
    expect(failure).toBeInstanceOf(OverloadedError);
    expect(calls.release).toBe(1);
  });

  it('yields what it buffered when the stream ends before any content', async () => {
    const { props, calls } = createProps(sseResponse(head).response);
    const stream = await parseSSEStream<Item>(props);
    expect((await collect(stream)).map((item) => item.type)).toEqual(['message_start']);
    expect(calls.release).toBe(1);
  });

  it('throws a connection failure met while reading ahead from the iteration, after the buffered events', async () => {
    const { props, calls } = createProps(
      sseResponse(head, { ending: { error: new TypeError('terminated') } }).response,
    );
    const stream = await parseSSEStream<Item>(props);
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const item of stream) seen.push(item.type);
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['message_start']);
    expect(failure).toBeInstanceOf(APIConnectionError);
    expect(calls.release).toBe(1);
  });

  it('rejects with APIUserAbortError when aborted while reading ahead, and cancels the body', async () => {
    const { response, body } = sseResponse(head, { ending: 'stall' });
    const { props } = createProps(response);
    setTimeout(() => props.controller.abort(), 10);
    await expect(parseSSEStream(props)).rejects.toBeInstanceOf(APIUserAbortError);
    expect(body.cancelled).toBe(true);
  });

  it('breaking out of the replay aborts the request and releases once', async () => {
    const { response, body } = sseResponse(reply, { ending: 'stall' });
    const { props, calls } = createProps(response);
    const stream = await parseSSEStream<Item>(props);
    for await (const item of stream) if (item.type === 'message_start') break;
    expect(props.controller.signal.aborted).toBe(true);
    expect(body.cancelled).toBe(true);
    expect(calls.release).toBe(1);
  });

  it('parseSSEItems gives the same items without the Stream wrapper, aborting on early exit', async () => {
    const { props, calls } = createProps(sseResponse(reply).response);
    const items = await parseSSEItems<Item>(props);
    expect(items).not.toBeInstanceOf(Stream);
    expect(items.controller).toBe(props.controller);
    expect(await collect(items)).toEqual(expectedItems(reply, MESSAGE_EVENTS));
    expect(calls.release).toBe(1);

    const stalled = sseResponse(reply, { ending: 'stall' });
    const left = createProps(stalled.response);
    for await (const item of await parseSSEItems<Item>(left.props)) if (item.type === 'content_block_start') break;
    expect(left.props.controller.signal.aborted).toBe(true);
    expect(stalled.body.cancelled).toBe(true);
    expect(left.calls.release).toBe(1);
  });
});

describe('an SSE error before any content, through the retry loop', () => {
  const streamRequest = { method: 'post', path: '/v1/messages', body: {}, stream: true } as const;

  function clientAnswering(responses: Response[], maxRetries: number) {
    const { fetch, requests } = recordingFetch((_request, index) => responses[index]!);
    const client = new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test', maxRetries });
    return { client, requests };
  }

  it('is retried like its HTTP status, and the stream is the retried response only', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = sseResponse(early);
    const second = sseResponse(early.replace('msg_01early', 'msg_02early'));
    const third = sseResponse(reply, { headers: { 'request-id': 'req_third' } });
    const { client, requests } = clientAnswering([first.response, second.response, third.response], 2);
    let settled = false;
    const promise = client
      .request<Stream<Item>>(streamRequest, parseSSEStream)
      .withResponse()
      .finally(() => (settled = true));
    // Module loading (fetch-event-stream) takes real time between the fake backoff timers: advance in steps.
    for (let step = 0; step < 200 && !settled; step += 1) await vi.advanceTimersByTimeAsync(100);
    const { data: stream, request_id } = await promise;
    expect(requests).toHaveLength(3);
    expect(requests.map((request) => request.headers.get('x-stainless-retry-count'))).toEqual(['0', '1', '2']);
    expect(request_id).toBe('req_third');
    // The abandoned bodies were cancelled: their connections are free.
    expect(first.body.cancelled).toBe(true);
    expect(second.body.cancelled).toBe(true);
    const items = await collect(stream);
    expect(items).toEqual(expectedItems(reply, MESSAGE_EVENTS));
    expect(items.filter((item) => item.type === 'message_start')).toHaveLength(1);
  });

  it('rejects the request with the error when no retry is left', async () => {
    const { client, requests } = clientAnswering([sseResponse(early).response], 0);
    const failure = await client.request(streamRequest, parseSSEStream).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OverloadedError);
    expect((failure as OverloadedError).message).toBe('Overloaded');
    expect(requests).toHaveLength(1);
  });

  it('is not retried when its type is not retryable', async () => {
    const { client, requests } = clientAnswering(
      [sseResponse(errorEvent('invalid_request_error', 'bad')).response, sseResponse(reply).response],
      2,
    );
    await expect(client.request(streamRequest, parseSSEStream)).rejects.toThrow('bad');
    expect(requests).toHaveLength(1);
  });

  it('an abort during the backoff rejects with APIUserAbortError and sends nothing more', async () => {
    const controller = new AbortController();
    const { client, requests } = clientAnswering([sseResponse(early).response, sseResponse(reply).response], 2);
    const promise = client.request({ ...streamRequest, signal: controller.signal }, parseSSEStream);
    setTimeout(() => controller.abort(), 20);
    await expect(promise).rejects.toBeInstanceOf(APIUserAbortError);
    expect(requests).toHaveLength(1);
  });
});
