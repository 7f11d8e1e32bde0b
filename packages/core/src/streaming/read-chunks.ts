import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { StreamIdleTimeoutError } from '../errors/stream-idle-timeout-error.js';

/**
 * The chunks of a response body as they arrive, with the failure rules every streamed body shares
 * (SSE and JSON Lines alike):
 *
 * - An abort of `signal` cancels the body (the fetch may not be wired to the signal: custom `fetch`,
 *   middleware, a `Response` built by hand) and ends the iteration silently.
 * - A read that waits `idleTimeout` ms for the next chunk fails with `StreamIdleTimeoutError`. The
 *   timer only runs while a read waits, so a slow consumer never trips it. Zero, negative or
 *   non-finite disables it.
 * - Any other failure of the body becomes `APIConnectionError` (the original as `cause`): a cut
 *   connection is never a bare `TypeError: terminated`.
 * - Leaving the loop early cancels the body.
 *
 * @example
 * for await (const chunk of readChunks(response.body, controller.signal, 60_000)) bytes += chunk.length;
 */
export async function* readChunks(
  body: ReadableStream<Uint8Array> | null,
  signal?: AbortSignal,
  idleTimeout = 0,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (!body) return;
  const reader = body.getReader();
  const cancel = (reason?: unknown): void => void reader.cancel(reason).catch(() => {});
  const onAbort = (): void => cancel(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  let idle: StreamIdleTimeoutError | undefined;
  try {
    for (;;) {
      // Also covers a signal aborted before the first read, whose listener never fires.
      if (signal?.aborted) return;
      // A cancelled read resolves as done: the aborted or idle checks tell it from the real end.
      const timer =
        idleTimeout > 0 && idleTimeout < Infinity
          ? setTimeout(() => cancel((idle = new StreamIdleTimeoutError({ idleTimeout }))), idleTimeout)
          : undefined;
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
      if (signal?.aborted || result.done) return;
      yield result.value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    cancel();
  }
}
