/**
 * Waits `ms`, or rejects with `signal.reason` as soon as `signal` aborts (so a caller aborting
 * between retries does not wait out the backoff). Leaves no listener or timer behind.
 */
export function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    // Capped at the timer maximum (2^31 − 1 ms, ~24.8 days): a longer delay would fire at once.
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(ms, 2_147_483_647),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
