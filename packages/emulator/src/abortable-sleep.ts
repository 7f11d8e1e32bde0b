/**
 * Waits `milliseconds`, or rejects with the signal's reason as soon as it aborts. The timer is
 * always cleared, so an aborted wait never keeps the process alive.
 *
 * @example
 * await sleepUnlessAborted(50, request.signal);
 */
export function sleepUnlessAborted(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
