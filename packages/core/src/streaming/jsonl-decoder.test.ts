import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { StreamIdleTimeoutError } from '../errors/stream-idle-timeout-error.js';
import { decodeJSONL } from './jsonl-decoder.js';
import { parseJSONLStream } from './parse-jsonl-stream.js';
import { collect, createBody, createProps, splitBytes, type BodyEnding } from './test-helpers.js';

const results = [
  { custom_id: 'a', result: { type: 'succeeded', message: { content: [{ type: 'text', text: 'ça 日本 🎉' }] } } },
  {
    custom_id: 'b',
    result: { type: 'errored', error: { type: 'error', error: { type: 'invalid_request_error', message: 'bad' } } },
  },
  { custom_id: 'c', result: { type: 'expired' } },
];

function body(text: string, sizes: readonly number[] = [5, 1, 11, 2], ending: BodyEnding = 'close') {
  return createBody(splitBytes(new TextEncoder().encode(text), sizes), ending);
}

describe('decodeJSONL', () => {
  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
  ])('decodes %s-separated lines at any chunking, skipping blank lines', async (_, ending) => {
    const text = `${results.map((result) => JSON.stringify(result)).join(ending)}${ending}${ending}`;
    for (const sizes of [[1], [2, 3], [5, 1, 11, 2], [4096]]) {
      expect(await collect(decodeJSONL(body(text, sizes).stream))).toEqual(results);
    }
  });

  it('parses a last line without its newline, and blank lines anywhere', async () => {
    const text = `\n\n${JSON.stringify(results[0])}\n  \n${JSON.stringify(results[1])}`;
    expect(await collect(decodeJSONL(body(text).stream))).toEqual(results.slice(0, 2));
  });

  it('throws AnthropicError on a line that is not JSON', async () => {
    const failure = await collect(decodeJSONL(body('{"ok":1}\n{nope}\n').stream)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnthropicError);
    expect((failure as Error).message).toContain('{nope}');
    expect((failure as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('turns a cut body into APIConnectionError', async () => {
    const cut = new TypeError('terminated');
    const failure = await collect(decodeJSONL(body('{"ok":1}\n{"ok":', [4096], { error: cut }).stream)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(APIConnectionError);
    expect((failure as Error).cause).toBe(cut);
  });

  it('ends silently on abort, and cancels the body when the consumer leaves early', async () => {
    const controller = new AbortController();
    const stalled = body('{"n":1}\n{"n":2}\n', [4096], 'stall');
    const seen: unknown[] = [];
    for await (const item of decodeJSONL(stalled.stream, controller.signal)) {
      seen.push(item);
      if (seen.length === 2) setTimeout(() => controller.abort(), 5);
    }
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(stalled.cancelled).toBe(true);

    const left = body('{"n":1}\n{"n":2}\n', [4096], 'stall');
    for await (const _ of decodeJSONL(left.stream)) break;
    expect(left.cancelled).toBe(true);
  });
});

describe('parseJSONLStream', () => {
  const text = `${results.map((result) => JSON.stringify(result)).join('\n')}\n`;

  it('streams the lines of a response, releasing once', async () => {
    const { props, calls } = createProps(new Response(body(text).stream));
    const stream = await parseJSONLStream<{ custom_id: string }>(props);
    expect(await collect(stream)).toEqual(results);
    expect(calls.release).toBe(1);
    expect(props.controller.signal.aborted).toBe(false);
  });

  it('aborts the download when the consumer breaks out, releasing once', async () => {
    const source = body(text, [4096], 'stall');
    const { props, calls } = createProps(new Response(source.stream));
    for await (const _ of await parseJSONLStream(props)) break;
    expect(props.controller.signal.aborted).toBe(true);
    expect(source.cancelled).toBe(true);
    expect(calls.release).toBe(1);
  });

  it('fails with StreamIdleTimeoutError on a stalled body', async () => {
    const { props, calls } = createProps(new Response(body(text, [4096], 'stall').stream), { idleTimeout: 30 });
    await expect(collect(await parseJSONLStream(props))).rejects.toBeInstanceOf(StreamIdleTimeoutError);
    expect(calls.release).toBe(1);
  });
});
