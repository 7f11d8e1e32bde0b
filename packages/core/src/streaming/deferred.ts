/** A promise with its settle functions, for results that arrive through events. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Creates a {@link Deferred}. Its promise is marked handled: a rejection reaches whoever awaits it
 * and is never reported as unhandled on its own (the stream decides when that is warranted).
 *
 * @example
 * const ended = createDeferred<void>(); stream.on('end', () => ended.resolve());
 */
export function createDeferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}
