import { AnthropicError, APIConnectionError } from '@anth/core';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './concat-bytes.js';
import { eventStreamToSSE } from './event-stream-to-sse.js';

// Frames made with the AWS encoder, independent of both our decoder and the emulator's encoder.
const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);
const string = (value: string) => ({ type: 'string' as const, value });
const utf8 = (text: string) => new TextEncoder().encode(text);
const base64 = (text: string) => btoa(String.fromCharCode(...utf8(text)));

function chunkFrame(event: unknown, extra: Record<string, unknown> = {}): Uint8Array {
  return codec.encode({
    headers: {
      ':event-type': string('chunk'),
      ':content-type': string('application/json'),
      ':message-type': string('event'),
    },
    body: utf8(JSON.stringify({ bytes: base64(JSON.stringify(event)), ...extra })),
  });
}

function exceptionFrame(exception: string, payload: string): Uint8Array {
  return codec.encode({
    headers: { ':exception-type': string(exception), ':message-type': string('exception') },
    body: utf8(payload),
  });
}

/** A body delivering `bytes` in chunks of `chunkSize` (odd sizes split frames and headers). */
function body(bytes: Uint8Array, chunkSize = bytes.length || 1): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function readSSE(bytes: Uint8Array, chunkSize?: number): Promise<{ text: string; error: unknown }> {
  const reader = eventStreamToSSE(body(bytes, chunkSize), codec).getReader();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, error: undefined };
      text += new TextDecoder().decode(value);
    }
  } catch (error) {
    return { text, error };
  }
}

const start = { type: 'message_start', message: { id: 'msg_1', content: [] } };
const delta = { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Grüße 😀\nline two' } };
const stop = { type: 'message_stop', 'amazon-bedrock-invocationMetrics': { inputTokenCount: 3 } };
const expectedSSE = [start, delta, stop]
  .map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
  .join('');

describe('eventStreamToSSE', () => {
  it('turns chunk frames into SSE events, one line of JSON each, ignoring extra payload keys', async () => {
    const frames = concatBytes([chunkFrame(start), chunkFrame(delta, { p: 'padding' }), chunkFrame(stop)]);
    expect(await readSSE(frames)).toEqual({ text: expectedSSE, error: undefined });
  });

  it.each([1, 3, 7, 13, 64])('decodes the same events when the body arrives in %i-byte pieces', async (chunkSize) => {
    const frames = concatBytes([chunkFrame(start), chunkFrame(delta), chunkFrame(stop)]);
    expect(await readSSE(frames, chunkSize)).toEqual({ text: expectedSSE, error: undefined });
  });

  it('labels a payload without a type (legacy completions) as a completion event', async () => {
    const { text } = await readSSE(chunkFrame({ completion: ' Hi', stop_reason: null }));
    expect(text).toBe('event: completion\ndata: {"completion":" Hi","stop_reason":null}\n\n');
  });

  it('ignores events that are not chunks', async () => {
    const other = codec.encode({
      headers: { ':event-type': string('metadata'), ':message-type': string('event') },
      body: utf8('{}'),
    });
    expect(await readSSE(concatBytes([other, chunkFrame(stop)]))).toEqual({
      text: `event: message_stop\ndata: ${JSON.stringify(stop)}\n\n`,
      error: undefined,
    });
  });

  it.each([
    ['throttlingException', 'rate_limit_error'],
    ['validationException', 'invalid_request_error'],
    ['modelTimeoutException', 'timeout_error'],
    ['serviceUnavailableException', 'overloaded_error'],
    ['internalServerException', 'api_error'],
    ['modelStreamErrorException', 'api_error'],
    ['somethingNewException', 'api_error'],
  ])('turns a %s frame into an SSE error of type %s', async (exception, type) => {
    const { text } = await readSSE(exceptionFrame(exception, '{"message":"Details here."}'));
    expect(text).toBe(
      `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type, message: `${exception}: Details here.` } })}\n\n`,
    );
  });

  it('keeps the exception name alone when the payload has no message', async () => {
    const { text } = await readSSE(exceptionFrame('internalServerException', ''));
    expect(text).toContain('"message":"internalServerException"');
  });

  it('fails with APIConnectionError on a frame whose message CRC does not match', async () => {
    const frames = concatBytes([chunkFrame(start), chunkFrame(delta)]);
    frames[frames.length - 10] = (frames[frames.length - 10] ?? 0) ^ 0xff;
    const { text, error } = await readSSE(frames, 5);
    expect(text).toBe(`event: message_start\ndata: ${JSON.stringify(start)}\n\n`);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(
      /^The Bedrock event stream is corrupt at frame 2: The message checksum \(\d+\) did not match the expected value of \d+\.$/,
    );
  });

  it('fails on a prelude CRC mismatch', async () => {
    const frame = chunkFrame(start);
    frame[9] = (frame[9] ?? 0) ^ 0x01;
    const { error } = await readSSE(frame);
    expect((error as Error).message).toMatch(/^The Bedrock event stream is corrupt at frame 1: The prelude checksum/);
  });

  it('fails at once on a prelude announcing an impossible length, without waiting for more bytes', async () => {
    const frame = chunkFrame(start);
    new DataView(frame.buffer).setUint32(0, 0xfffffff0);
    const reader = eventStreamToSSE(
      new ReadableStream({
        start(controller) {
          controller.enqueue(frame.slice(0, 12)); // and never another byte, never a close
        },
      }),
      codec,
    ).getReader();
    const error = await reader.read().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      'The Bedrock event stream is corrupt at frame 1: its prelude announces 4294967280 bytes with 75 bytes of headers.',
    );
  });

  it('fails with APIConnectionError when the body ends inside a frame', async () => {
    const frames = concatBytes([chunkFrame(start), chunkFrame(delta).slice(0, 30)]);
    const { text, error } = await readSSE(frames, 11);
    expect(text).toBe(`event: message_start\ndata: ${JSON.stringify(start)}\n\n`);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      'The Bedrock event stream ended inside frame 2: 30 bytes of an incomplete frame were received.',
    );
  });

  it('fails with AnthropicError on a chunk that is not JSON', async () => {
    const frame = codec.encode({
      headers: { ':event-type': string('chunk'), ':message-type': string('event') },
      body: utf8(JSON.stringify({ bytes: base64('{not json') })),
    });
    const { error } = await readSSE(frame);
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe('Could not parse a Bedrock chunk into JSON: {not json');
  });

  it('an empty body is an empty stream', async () => {
    expect(await readSSE(new Uint8Array())).toEqual({ text: '', error: undefined });
  });

  it('cancelling the SSE stream cancels the event stream body', async () => {
    let cancelled: unknown;
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunkFrame(start));
      },
      cancel(reason) {
        cancelled = reason ?? 'cancelled';
      },
    });
    const reader = eventStreamToSSE(source, codec).getReader();
    await reader.read();
    await reader.cancel('done');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the pipe cancels its source asynchronously
    expect(cancelled).toBe('done');
  });
});
