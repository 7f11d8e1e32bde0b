import { describe, expect, it } from 'vitest';
import { StreamIdleTimeoutError } from '../errors/connection-errors.js';
import { createIdleTimeoutBody } from './idle-timeout-body.js';
import { createBody } from './test-helpers.js';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

describe('createIdleTimeoutBody', () => {
  it('passes every chunk through and ends with the source', async () => {
    const source = createBody(['a', 'bc', 'é'], 'close');
    const { body } = createIdleTimeoutBody(source.stream, { idleTimeout: 1000 });
    expect(await readAll(body)).toBe('abcé');
  });

  it('fails with StreamIdleTimeoutError and cancels the source when it goes silent', async () => {
    const source = createBody(['data: 1\n\n'], 'stall');
    const { body } = createIdleTimeoutBody(source.stream, { idleTimeout: 30 });
    const started = Date.now();
    const failure = await readAll(body).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StreamIdleTimeoutError);
    expect((failure as StreamIdleTimeoutError).idleTimeout).toBe(30);
    expect((failure as StreamIdleTimeoutError).message).toBe('Stream idle for 30ms (idleTimeout); the connection was closed.');
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
    const { body } = createIdleTimeoutBody(steady, { idleTimeout: 40 });
    expect(await readAll(body)).toBe('012345');
  });

  it('does not count time the consumer spends away', async () => {
    const source = createBody(['a', 'b'], 'close');
    const { body } = createIdleTimeoutBody(source.stream, { idleTimeout: 20 });
    const reader = body.getReader();
    expect((await reader.read()).value).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 45));
    expect((await reader.read()).done).toBe(false);
    expect((await reader.read()).done).toBe(true);
  });

  it.each([0, -5, Number.POSITIVE_INFINITY, Number.NaN])('is disabled by idleTimeout %s', async (idleTimeout) => {
    const source = createBody(['x'], 'stall');
    const { body } = createIdleTimeoutBody(source.stream, { idleTimeout });
    const reader = body.getReader();
    await reader.read();
    const next = reader.read();
    const outcome = await Promise.race([next.then(() => 'read'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 25))]);
    expect(outcome).toBe('still waiting');
    await reader.cancel();
    expect(source.cancelled).toBe(true);
  });

  it('errors with the abort reason and cancels the source when the signal aborts mid-read', async () => {
    const source = createBody(['x'], 'stall');
    const controller = new AbortController();
    const { body } = createIdleTimeoutBody(source.stream, { idleTimeout: 10_000, signal: controller.signal });
    const reader = body.getReader();
    await reader.read();
    const pending = reader.read();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(source.cancelled).toBe(true);
  });

  it('fails at once on an already aborted signal', async () => {
    const source = createBody(['x']);
    const { body } = createIdleTimeoutBody(source.stream, { idleTimeout: 10_000, signal: AbortSignal.abort() });
    await expect(body.getReader().read()).rejects.toMatchObject({ name: 'AbortError' });
    expect(source.cancelled).toBe(true);
  });

  it('passes a source failure through unchanged', async () => {
    const failure = new TypeError('terminated');
    const source = createBody(['x'], { error: failure });
    const { body } = createIdleTimeoutBody(source.stream, { idleTimeout: 10_000 });
    await expect(readAll(body)).rejects.toBe(failure);
  });

  it('stop() and cancel() cancel the source, clear the timer and drop the abort listener', async () => {
    const controller = new AbortController();
    let added = 0;
    let removed = 0;
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => (added++, add(...args))) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => (removed++, remove(...args))) as typeof remove;

    const first = createBody(['x'], 'stall');
    const guarded = createIdleTimeoutBody(first.stream, { idleTimeout: 30, signal });
    await guarded.body.getReader().read();
    guarded.stop();
    expect(first.cancelled).toBe(true);

    const second = createBody(['x'], 'stall');
    const other = createIdleTimeoutBody(second.stream, { idleTimeout: 30, signal });
    await other.body.cancel('bye');
    expect(second.cancelled).toBe(true);

    expect(added).toBe(2);
    expect(removed).toBe(2);
    // Had a timer survived, this wait would see a late error; nothing happens.
    await new Promise((resolve) => setTimeout(resolve, 40));
  });
});
