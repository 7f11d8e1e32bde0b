import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { StreamIdleTimeoutError } from '../errors/stream-idle-timeout-error.js';
import { readLines } from './read-lines.js';
import { collect, createBody, splitBytes } from './test-helpers.js';

function body(text: string, sizes: readonly number[]) {
  return createBody(splitBytes(new TextEncoder().encode(text), sizes));
}

describe('readLines: splitting', () => {
  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
  ])('splits %s line ends the same at any chunking, keeping blank lines', async (_, ending) => {
    const lines = ['a', '', 'ça 日本 🎉', '', '', 'last'];
    for (const sizes of [[1], [2, 3], [5, 1, 11, 2], [4096]]) {
      expect(await collect(readLines(body(lines.join(ending), sizes).stream))).toEqual(lines);
    }
  });

  it('gives a last line without its line end, and nothing for a trailing line end', async () => {
    expect(await collect(readLines(body('a\nb', [1]).stream))).toEqual(['a', 'b']);
    expect(await collect(readLines(body('a\r\n', [2]).stream))).toEqual(['a']);
    expect(await collect(readLines(body('a\r', [2]).stream))).toEqual(['a']);
    expect(await collect(readLines(body('a\r\r', [3]).stream))).toEqual(['a', '']);
  });

  it('yields nothing for no body', async () => {
    expect(await collect(readLines(null))).toEqual([]);
  });
});

describe('readLines: idle timeout', () => {
  it('fails with StreamIdleTimeoutError and cancels the source when it goes silent', async () => {
    const source = createBody(['data: 1\n'], 'stall');
    const started = Date.now();
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const line of readLines(source.stream, undefined, 30)) seen.push(line);
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['data: 1']);
    expect(failure).toBeInstanceOf(StreamIdleTimeoutError);
    expect((failure as StreamIdleTimeoutError).idleTimeout).toBe(30);
    expect((failure as StreamIdleTimeoutError).message).toBe(
      'Stream idle for 30ms (idleTimeout); the connection was closed.',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(source.cancelled).toBe(true);
  });

  it('resets the timer per chunk: a slow but steady source never trips it', async () => {
    const chunks = Array.from({ length: 6 }, (_, index) => String(index));
    const encoder = new TextEncoder();
    let index = 0;
    const steady = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        const chunk = chunks[index++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(encoder.encode(chunk));
      },
    });
    // 6 chunks × 10 ms is over the 40 ms limit, but no single gap is.
    expect(await collect(readLines(steady, undefined, 40))).toEqual(['012345']);
  });

  it('does not count time the consumer spends away', async () => {
    const lines = readLines(createBody(['a\n', 'b\n']).stream, undefined, 20);
    expect((await lines.next()).value).toBe('a');
    await new Promise((resolve) => setTimeout(resolve, 45));
    expect((await lines.next()).value).toBe('b');
    expect((await lines.next()).done).toBe(true);
  });

  it.each([0, -5, Number.POSITIVE_INFINITY, Number.NaN])('is disabled by idleTimeout %s', async (idleTimeout) => {
    const source = createBody(['x\n'], 'stall');
    const controller = new AbortController();
    const lines = readLines(source.stream, controller.signal, idleTimeout);
    await lines.next();
    const next = lines.next();
    const outcome = await Promise.race([
      next.then(() => 'read'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 25)),
    ]);
    expect(outcome).toBe('still waiting');
    controller.abort();
    expect(await next).toEqual({ value: undefined, done: true });
    expect(source.cancelled).toBe(true);
  });
});

describe('readLines: aborts, failures and early exit', () => {
  it('ends silently and cancels the source when the signal aborts mid-read', async () => {
    const source = createBody(['x\n'], 'stall');
    const controller = new AbortController();
    const lines = readLines(source.stream, controller.signal, 10_000);
    await lines.next();
    const pending = lines.next();
    controller.abort();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(source.cancelled).toBe(true);
  });

  it('stops at once, mid-chunk, when the signal aborts between lines', async () => {
    const source = createBody(['1\n2\n3\n'], 'stall');
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const line of readLines(source.stream, controller.signal)) {
      seen.push(line);
      controller.abort();
    }
    expect(seen).toEqual(['1']);
    expect(source.cancelled).toBe(true);
  });

  it('yields nothing on an already aborted signal, and cancels the source', async () => {
    const source = createBody(['x\n']);
    expect(await collect(readLines(source.stream, AbortSignal.abort(), 10_000))).toEqual([]);
    expect(source.cancelled).toBe(true);
  });

  it('turns a source failure into APIConnectionError (cause kept), and lets SDK errors through', async () => {
    const cut = new TypeError('terminated');
    const failure = await collect(readLines(createBody(['x\n'], { error: cut }).stream)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(APIConnectionError);
    expect((failure as Error).cause).toBe(cut);
    const own = new AnthropicError('corrupt frame');
    await expect(collect(readLines(createBody([], { error: own }).stream))).rejects.toBe(own);
  });

  it('cancels the source when the consumer leaves early, and leaves no abort listener or timer behind', async () => {
    const controller = new AbortController();
    let added = 0;
    let removed = 0;
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => (added++, add(...args))) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => (
      removed++, remove(...args)
    )) as typeof remove;

    const left = createBody(['a\nb\n'], 'stall');
    for await (const _ of readLines(left.stream, signal, 30)) break;
    expect(left.cancelled).toBe(true);

    const finished = createBody(['a\n']);
    expect(await collect(readLines(finished.stream, signal, 30))).toEqual(['a']);

    expect(added).toBe(2);
    expect(removed).toBe(2);
    // Had a timer survived, this wait would see a late failure; nothing happens.
    await new Promise((resolve) => setTimeout(resolve, 40));
  });
});
