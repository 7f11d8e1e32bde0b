/**
 * Items read from a request's response, with the controller that aborts that request. A `Stream` is
 * one; `MessageStream` consumes any.
 */
export interface AbortableIterable<T> extends AsyncIterable<T> {
  readonly controller: AbortController;
  /**
   * Reads every item, calling `onItem` for each as it arrives, and resolves at the end (at once after
   * an abort) or rejects with the failure; the fast path of a consumer that takes every item. A throw
   * from `onItem` ends it like a failure (the request is aborted).
   */
  drain?(onItem: (item: T) => void): Promise<void>;
}

/**
 * Wraps the items of a response for one iteration. Leaving it before its end (early exit or
 * failure) aborts `controller`; `release` (the transport's hold on the attempt) is called exactly
 * once: when the iteration ends, or when `controller` aborts first, e.g. before any iteration.
 *
 * @example
 * return toStream(abortableIterable(decodeJSONL(response.body, controller.signal, idleTimeout), controller, props.release));
 */
export function abortableIterable<T>(
  items: AsyncIterable<T>,
  controller: AbortController,
  release?: () => void,
): AbortableIterable<T> {
  const { signal } = controller;
  const releaseOnce = (): void => {
    signal.removeEventListener('abort', releaseOnce);
    const pending = release;
    release = undefined;
    pending?.();
  };
  signal.addEventListener('abort', releaseOnce);
  return {
    controller,
    async *[Symbol.asyncIterator]() {
      let completed = false;
      try {
        yield* items;
        completed = true;
      } finally {
        if (!completed) controller.abort();
        releaseOnce();
      }
    },
  };
}
