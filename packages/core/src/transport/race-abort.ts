/**
 * `value`, or a rejection with the abort reason as soon as `signal` aborts: for waits the SDK does
 * not control (a user's key function, a token provider), which must still end with the attempt.
 *
 * @example
 * const key = await raceAbort(options.apiKey(), signal);
 */
export function raceAbort<T>(value: T | Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(value)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}
