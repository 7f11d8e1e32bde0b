import { APIUserAbortError } from '@anth/core';

/**
 * `promise`, or a rejection with `APIUserAbortError` as soon as `signal` aborts, whichever comes
 * first. The listener is removed once settled, so a long-lived signal collects nothing.
 *
 * @example
 * const reply = await untilAborted(runTools(), signal);
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new APIUserAbortError({ cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new APIUserAbortError({ cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
