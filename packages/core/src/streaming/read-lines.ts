import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError, StreamIdleTimeoutError } from '../errors/connection-errors.js';

/**
 * The lines of a response body as bytes arrive: the one line splitter under both SSE and JSON Lines.
 * Lines end at `\n`, `\r\n` or `\r`; UTF-8 is decoded across chunk boundaries; a last line without
 * its line end comes out at the end.
 *
 * - An abort of `signal` cancels the body (the fetch may not be wired to the signal: custom `fetch`,
 *   middleware, a `Response` built by hand) and ends the iteration silently, even mid-chunk.
 * - A read that waits `idleTimeout` ms for the next chunk fails with `StreamIdleTimeoutError`. The
 *   timer only runs while a read waits, so a slow consumer never trips it. Zero, negative or
 *   non-finite disables it.
 * - Any other failure of the body becomes `APIConnectionError` (the original as `cause`): a cut
 *   connection is never a bare `TypeError: terminated`.
 * - Leaving the loop early cancels the body.
 *
 * @example
 * for await (const line of readLines(response.body, controller.signal, 60_000)) console.log(line);
 */
export async function* readLines(body: ReadableStream<Uint8Array> | null, signal?: AbortSignal, idleTimeout = 0): AsyncGenerator<string, void, undefined> {
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = (reason?: unknown): void => void reader.cancel(reason).catch(() => {});
  const onAbort = (): void => cancel(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  let idle: StreamIdleTimeoutError | undefined;
  let rest = '';
  try {
    for (;;) {
      // Also covers a signal aborted before the first read, whose listener never fires.
      if (signal?.aborted) return;
      // A cancelled read resolves as done: the aborted or idle checks tell it from the real end.
      const timer = idleTimeout > 0 && idleTimeout < Infinity ? setTimeout(() => cancel((idle = new StreamIdleTimeoutError({ idleTimeout }))), idleTimeout) : undefined;
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        // An abort surfaces as the abort reason (often an `AbortError`) from the pending read.
        if (signal?.aborted) return;
        throw error instanceof AnthropicError ? error : new APIConnectionError({ cause: error });
      } finally {
        clearTimeout(timer);
      }
      if (idle) throw idle;
      const { done, value } = result;
      // A `\r` at the very end of a chunk may be the first half of `\r\n`: it waits for the next one.
      const lines = (rest + decoder.decode(value, { stream: !done })).split(done ? /\r\n?|\n/ : /\r\n|\r(?!$)|\n/);
      rest = lines.pop() as string;
      if (done && rest) lines.push(rest);
      for (const line of lines) {
        // Checked per line, not per chunk: aborting stops what was already read too.
        if (signal?.aborted) return;
        yield line;
      }
      if (done) return;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    cancel();
  }
}
