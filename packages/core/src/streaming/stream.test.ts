import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIError } from '../errors/api-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { StreamIdleTimeoutError } from '../errors/stream-idle-timeout-error.js';
import { BadRequestError, InternalServerError, OverloadedError, RateLimitError } from '../errors/status-errors.js';
import { parseSSEStream } from './parse-sse-stream.js';
import { Stream } from './stream.js';
import {
  collect,
  createBody,
  createProps,
  expectedItems,
  MESSAGE_EVENTS,
  readFixture,
  sseResponse,
  type BodyEnding,
} from './test-helpers.js';

interface Built {
  stream: Stream<{ type: string }>;
  controller: AbortController;
  body: { readonly cancelled: boolean };
  released: () => number;
}

async function build(
  text: string,
  options: { ending?: BodyEnding; idleTimeout?: number; sizes?: number[] } = {},
): Promise<Built> {
  const { response, body } = sseResponse(text, options);
  const { props, calls } = createProps(response, { idleTimeout: options.idleTimeout ?? 0 });
  const stream = await parseSSEStream<{ type: string }>(props);
  return { stream, controller: props.controller, body, released: () => calls.release };
}

const CONTENT_START =
  'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n';

function errorEvent(type: string, message: string): string {
  return `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type, message } })}\n\n`;
}

describe('Stream from SSE: dispatch', () => {
  it.each(['text-reply.sse', 'tool-use.sse', 'thinking.sse', 'citations.sse', 'ping-everywhere.sse'])(
    'yields exactly the parsed message events of %s, skipping pings',
    async (name) => {
      const text = readFixture(name);
      const built = await build(text);
      const items = await collect(built.stream);
      expect(items).toEqual(expectedItems(text, MESSAGE_EVENTS));
      expect(items.some((item) => item.type === 'ping')).toBe(false);
      expect(built.released()).toBe(1);
      expect(built.controller.signal.aborted).toBe(false);
    },
  );

  it('ignores unknown and nameless events, dispatching on the event name, not data.type', async () => {
    const items = await collect((await build(readFixture('unknown-events.sse'))).stream);
    expect(items.map((item) => item.type)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    // The nameless event carried `"type":"content_block_start","index":9`: it must not be yielded.
    expect(items.filter((item) => (item as { index?: number }).index === 9)).toEqual([]);
  });

  it('yields legacy completion events', async () => {
    const items = await collect((await build(readFixture('completion.sse'))).stream);
    expect(items).toEqual(expectedItems(readFixture('completion.sse'), ['completion']));
    expect(items).toHaveLength(2);
  });

  it('throws AnthropicError (cause: the SyntaxError) on data that is not JSON', async () => {
    const built = await build('event: message_start\ndata: {not json\n\n');
    const failure = await collect(built.stream).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnthropicError);
    expect((failure as Error).message).toContain('{not json');
    expect((failure as Error).cause).toBeInstanceOf(SyntaxError);
    expect(built.released()).toBe(1);
  });
});

describe('Stream from SSE: the error event', () => {
  it.each([
    ['overloaded_error', OverloadedError],
    ['rate_limit_error', RateLimitError],
    ['api_error', InternalServerError],
    ['invalid_request_error', BadRequestError],
    ['some_future_error', APIError],
  ])('%s throws %s with the human message, status undefined and the requestID', async (type, errorClass) => {
    const text = `${readFixture('error-mid-stream.sse').split('event: error')[0]}${errorEvent(type, 'Something specific')}`;
    const built = await build(text);
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const item of built.stream) seen.push(item.type);
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['message_start', 'content_block_start', 'content_block_delta']);
    expect(failure).toBeInstanceOf(errorClass);
    const error = failure as APIError;
    expect(error.constructor).toBe(errorClass);
    expect(error.message).toBe('Something specific');
    expect(error.status).toBeUndefined();
    expect(error.type).toBe(type);
    expect(error.error).toEqual({ type: 'error', error: { type, message: 'Something specific' } });
    expect(error.requestID).toBe('req_test_123');
    expect(error.headers?.get('content-type')).toBe('text/event-stream');
    expect(built.released()).toBe(1);
    expect(built.controller.signal.aborted).toBe(true);
  });

  it('keeps a body that is not JSON as the raw text', async () => {
    // After content: an error first of all is the retry loop's (see parse-sse-stream.test.ts).
    const failure = await collect(
      (await build(`${CONTENT_START}event: error\ndata: upstream exploded\n\n`)).stream,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(APIError);
    expect((failure as APIError).error).toBe('upstream exploded');
    expect((failure as APIError).message).toBe('upstream exploded');
    expect((failure as APIError).type).toBeNull();
  });
});

describe('Stream: abort, early exit and release', () => {
  it('ends silently when the controller aborts mid-iteration, releasing once', async () => {
    const built = await build(readFixture('text-reply.sse'), { ending: 'stall' });
    const seen: string[] = [];
    for await (const item of built.stream) {
      seen.push(item.type);
      if (seen.length === 3) built.controller.abort();
    }
    expect(seen).toHaveLength(3);
    expect(built.released()).toBe(1);
    expect(built.body.cancelled).toBe(true);
  });

  it('ends silently when the abort lands during a pending read', async () => {
    const built = await build('event: message_stop\ndata: {"type":"message_stop"}\n\n', { ending: 'stall' });
    const seen: string[] = [];
    for await (const item of built.stream) {
      seen.push(item.type);
      setTimeout(() => built.controller.abort(), 5);
    }
    expect(seen).toEqual(['message_stop']);
    expect(built.released()).toBe(1);
  });

  it('aborts the request when the consumer breaks out, releasing once', async () => {
    const built = await build(readFixture('text-reply.sse'), { ending: 'stall' });
    for await (const item of built.stream) {
      if (item.type === 'content_block_start') break;
    }
    expect(built.controller.signal.aborted).toBe(true);
    expect(built.body.cancelled).toBe(true);
    expect(built.released()).toBe(1);
  });

  it('releases when aborted without ever being iterated', async () => {
    const built = await build(readFixture('text-reply.sse'));
    built.controller.abort();
    built.controller.abort();
    expect(built.released()).toBe(1);
  });

  it('turns a cut connection into APIConnectionError after the events that arrived', async () => {
    const text = readFixture('text-reply.sse');
    const built = await build(text.slice(0, text.indexOf('event: content_block_stop')), {
      ending: { error: new TypeError('terminated') },
    });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const item of built.stream) seen.push(item.type);
    })().catch((error: unknown) => error);
    expect(seen).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
    ]);
    expect(failure).toBeInstanceOf(APIConnectionError);
    expect((failure as Error).cause).toBeInstanceOf(TypeError);
    expect(built.released()).toBe(1);
  });

  it('fails with StreamIdleTimeoutError on a stalled body', async () => {
    const built = await build('event: ping\ndata: {}\n\n', { ending: 'stall', idleTimeout: 30 });
    await expect(collect(built.stream)).rejects.toBeInstanceOf(StreamIdleTimeoutError);
    expect(built.body.cancelled).toBe(true);
    expect(built.released()).toBe(1);
  });

  it('can be iterated once only', async () => {
    const built = await build(readFixture('ping-everywhere.sse'));
    await collect(built.stream);
    await expect(collect(built.stream)).rejects.toThrow(
      new AnthropicError('Cannot iterate over a consumed stream, use `.tee()` to split the stream.'),
    );
    await expect(collect(built.stream)).rejects.toBeInstanceOf(AnthropicError);
  });
});

describe('Stream.tee', () => {
  it('gives two streams that each see every item, read from the source once', async () => {
    const text = readFixture('tool-use.sse');
    const built = await build(text);
    const [left, right] = built.stream.tee();
    const leftItems: unknown[] = [];
    // Interleaved and uneven consumption.
    const leftIterator = left[Symbol.asyncIterator]();
    leftItems.push((await leftIterator.next()).value, (await leftIterator.next()).value);
    const rightItems = await collect(right);
    for (let result = await leftIterator.next(); !result.done; result = await leftIterator.next())
      leftItems.push(result.value);
    const expected = expectedItems(text, MESSAGE_EVENTS);
    expect(leftItems).toEqual(expected);
    expect(rightItems).toEqual(expected);
    expect(built.released()).toBe(1);
    expect(left.controller).toBe(built.controller);
    await expect(collect(built.stream)).rejects.toBeInstanceOf(AnthropicError);
  });
});

describe('Stream to/fromReadableStream', () => {
  it('round-trips the items as newline-delimited JSON', async () => {
    const text = readFixture('thinking.sse');
    const readable = (await build(text)).stream.toReadableStream();
    // Re-chunk the bytes at odd places, as a network would.
    const bytes = new Uint8Array(await new Response(readable).arrayBuffer());
    expect(new TextDecoder().decode(bytes).endsWith('}\n')).toBe(true);
    const rebuilt = Stream.fromReadableStream<unknown>(
      createBody([bytes.slice(0, 5), bytes.slice(5, 77), bytes.slice(77)]).stream,
    );
    expect(await collect(rebuilt)).toEqual(expectedItems(text, MESSAGE_EVENTS));
  });

  it('propagates an error of the source into the readable stream', async () => {
    const readable = (
      await build(`${CONTENT_START}${errorEvent('overloaded_error', 'Overloaded')}`)
    ).stream.toReadableStream();
    await expect(new Response(readable).text()).rejects.toBeInstanceOf(OverloadedError);
  });

  it('cancelling the readable stream aborts the request', async () => {
    const built = await build(readFixture('text-reply.sse'), { ending: 'stall' });
    const reader = built.stream.toReadableStream().getReader();
    await reader.read();
    await reader.cancel();
    expect(built.controller.signal.aborted).toBe(true);
    expect(built.released()).toBe(1);
  });

  it('fromReadableStream: breaking out aborts its controller; an abort ends silently', async () => {
    const lines = '{"n":1}\n{"n":2}\n{"n":3}\n';
    const first = Stream.fromReadableStream<{ n: number }>(createBody([lines], 'stall').stream);
    for await (const item of first) if (item.n === 2) break;
    expect(first.controller.signal.aborted).toBe(true);

    const controller = new AbortController();
    const second = Stream.fromReadableStream<{ n: number }>(createBody([lines], 'stall').stream, controller);
    const seen: number[] = [];
    for await (const item of second) {
      seen.push(item.n);
      if (item.n === 3) setTimeout(() => controller.abort(), 5);
    }
    expect(seen).toEqual([1, 2, 3]);
  });
});
