import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import { OverloadedError, RateLimitError } from '../errors/status-errors.js';
import { parseSSEItems, parseSSEStream } from './parse-sse-stream.js';
import { Stream } from './stream.js';
import { collect, createProps, expectedItems, MESSAGE_EVENTS, readFixture, sseResponse } from './test-helpers.js';

type Item = { type: string; message?: { id: string } };

function errorEvent(type: string, message: string): string {
  return `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type, message } })}\n\n`;
}

const early = readFixture('error-before-content.sse');
const reply = readFixture('text-reply.sse');

describe('parseSSEStream', () => {
  it('replays what it read ahead and continues: nothing lost, nothing twice', async () => {
    for (const name of ['text-reply.sse', 'ping-everywhere.sse', 'tool-use.sse', 'unknown-events.sse']) {
      const text = readFixture(name);
      const { props, calls } = createProps(sseResponse(text).response);
      const stream = await parseSSEStream<Item>(props);
      expect(await collect(stream)).toEqual(expectedItems(text, MESSAGE_EVENTS));
      expect(calls.retry).toEqual([]);
      expect(calls.release).toBe(1);
      expect(stream.controller).toBe(props.controller);
    }
  });

  it('resolves only once the first content event is in, not before', async () => {
    // message_start and pings, then silence: the read-ahead is still waiting.
    const head = reply.slice(0, reply.indexOf('event: content_block_start'));
    const { response } = sseResponse(head, { ending: 'stall' });
    const { props } = createProps(response);
    const outcome = await Promise.race([
      parseSSEStream(props).then(() => 'resolved'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 30)),
    ]);
    expect(outcome).toBe('waiting');
    props.controller.abort();
  });

  it('retries an error event that comes before any content, and yields the retried response only', async () => {
    const first = sseResponse(early);
    const second = sseResponse(early.replace('msg_01early', 'msg_02early'));
    const third = sseResponse(reply, { headers: { 'request-id': 'req_third' } });
    const { props, calls } = createProps(first.response, { retries: [second.response, third.response] });
    const stream = await parseSSEStream<Item>(props);
    expect(calls.retry).toHaveLength(2);
    expect(calls.retry[0]).toBeInstanceOf(OverloadedError);
    expect(calls.retry[0]?.message).toBe('Overloaded');
    expect(calls.retry[0]?.requestID).toBe('req_test_123');
    // The abandoned bodies were cancelled (connection freed) and their attempts released.
    expect(first.body.cancelled).toBe(true);
    expect(second.body.cancelled).toBe(true);
    expect(calls.release).toBe(2);
    const items = await collect(stream);
    expect(items).toEqual(expectedItems(reply, MESSAGE_EVENTS));
    expect(items.filter((item) => item.type === 'message_start')).toHaveLength(1);
    expect(calls.release).toBe(3);
  });

  it('throws the error event from the iteration when the transport declines to retry', async () => {
    const { props, calls } = createProps(sseResponse(early).response);
    const stream = await parseSSEStream<Item>(props);
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const item of stream) seen.push(item.type);
    })().catch((error: unknown) => error);
    expect(calls.retry).toHaveLength(1);
    expect(seen).toEqual(['message_start']);
    expect(failure).toBeInstanceOf(OverloadedError);
    expect(calls.release).toBe(1);
  });

  it('does not retry an error event that comes after content', async () => {
    const { props, calls } = createProps(sseResponse(readFixture('error-mid-stream.sse')).response, {
      retries: [sseResponse(reply).response],
    });
    const stream = await parseSSEStream<Item>(props);
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const item of stream) seen.push(item.type);
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['message_start', 'content_block_start', 'content_block_delta']);
    expect(failure).toBeInstanceOf(OverloadedError);
    expect(calls.retry).toEqual([]);
    expect(calls.release).toBe(1);
  });

  it('treats an error event as the first content even with nothing before it', async () => {
    const { props, calls } = createProps(sseResponse(errorEvent('rate_limit_error', 'Slow down')).response, {
      retries: [sseResponse(reply).response],
    });
    const stream = await parseSSEStream<Item>(props);
    expect(calls.retry[0]).toBeInstanceOf(RateLimitError);
    expect(await collect(stream)).toHaveLength(expectedItems(reply, MESSAGE_EVENTS).length);
  });

  it('yields what it buffered when the stream ends before any content', async () => {
    const head = reply.slice(0, reply.indexOf('event: content_block_start'));
    const { props, calls } = createProps(sseResponse(head).response);
    const stream = await parseSSEStream<Item>(props);
    expect((await collect(stream)).map((item) => item.type)).toEqual(['message_start']);
    expect(calls.release).toBe(1);
  });

  it('throws a connection failure met while reading ahead from the iteration, after the buffered events', async () => {
    const head = reply.slice(0, reply.indexOf('event: content_block_start'));
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
    expect(calls.retry).toEqual([]);
    expect(calls.release).toBe(1);
  });

  it('rejects with APIUserAbortError when aborted while reading ahead, and releases', async () => {
    const head = reply.slice(0, reply.indexOf('event: content_block_start'));
    const { response, body } = sseResponse(head, { ending: 'stall' });
    const { props, calls } = createProps(response);
    setTimeout(() => props.controller.abort(), 10);
    await expect(parseSSEStream(props)).rejects.toBeInstanceOf(APIUserAbortError);
    expect(body.cancelled).toBe(true);
    expect(calls.release).toBe(1);
  });

  it('propagates a failed retry attempt (e.g. an abort during the backoff)', async () => {
    const { props, calls } = createProps(sseResponse(early).response);
    const abort = new APIUserAbortError();
    props.retry = (error) => {
      calls.retry.push(error);
      return Promise.reject(abort);
    };
    await expect(parseSSEStream(props)).rejects.toBe(abort);
    expect(calls.release).toBe(1);
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
