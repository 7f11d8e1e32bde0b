import { StreamIdleTimeoutError } from '../errors/connection-errors.js';

/** Options of {@link createIdleTimeoutBody}. */
export interface IdleTimeoutBodyOptions {
  /**
   * Milliseconds a read may wait for the next chunk before the body fails with
   * `StreamIdleTimeoutError`. Zero, negative or non-finite (`Infinity`) disables the limit.
   */
  idleTimeout: number;
  /**
   * When it aborts, the source is cancelled and the wrapped body errors with the abort reason. The
   * fetch may not be wired to this signal (custom `fetch`, middleware, a `Response` built by hand),
   * so the body is cut here rather than relying on it.
   */
  signal?: AbortSignal | undefined;
}

/** The guarded body and the handle that stops reading its source. */
export interface IdleTimeoutBody {
  body: ReadableStream<Uint8Array>;
  /** Cancels the source, clears the timer and drops the abort listener; a no-op once the body has finished. */
  stop(reason?: unknown): void;
}

/**
 * Wraps a response body so an open stream that goes silent fails instead of hanging forever.
 *
 * The timer only runs while a read is waiting for the source, so a slow consumer never trips it:
 * it measures how long the server has been silent, not how long the chunk took to be used. It is
 * reset per chunk and cleared when the body ends, errors, is cancelled or the signal aborts.
 *
 * @example
 * const { body, stop } = createIdleTimeoutBody(response.body, { idleTimeout: 30_000, signal });
 */
export function createIdleTimeoutBody(source: ReadableStream<Uint8Array>, options: IdleTimeoutBodyOptions): IdleTimeoutBody {
  const { idleTimeout, signal } = options;
  const timed = idleTimeout > 0 && Number.isFinite(idleTimeout);
  const reader = source.getReader();
  let output!: ReadableStreamDefaultController<Uint8Array>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;

  const settle = (): boolean => {
    if (finished) return false;
    finished = true;
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    return true;
  };
  const stop = (reason?: unknown): void => {
    if (!settle()) return;
    // The pending read (if any) resolves as done once the source is cancelled.
    reader.cancel(reason).catch(() => {});
  };
  const fail = (error: unknown): void => {
    if (!settle()) return;
    reader.cancel(error).catch(() => {});
    output.error(error);
  };
  const onAbort = (): void => fail(signal?.reason);
  const onIdle = (): void => fail(new StreamIdleTimeoutError({ idleTimeout }));

  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        output = controller;
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      },
      async pull(controller) {
        if (finished) return;
        if (timed) timer = setTimeout(onIdle, idleTimeout);
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await reader.read();
        } catch (error) {
          if (settle()) controller.error(error);
          return;
        }
        clearTimeout(timer);
        if (finished) return;
        if (result.done) {
          settle();
          controller.close();
          return;
        }
        controller.enqueue(result.value);
      },
      cancel(reason) {
        stop(reason);
      },
    },
    // Pull only when asked, so the timer never runs on behalf of a consumer that is not reading.
    { highWaterMark: 0 },
  );

  return { body, stop };
}
