/**
 * Forwards an abort of `signal` to `controller` and returns the function that undoes the link. The
 * link must be undone when the request settles, so a long-lived signal does not gather listeners.
 */
export function linkAbort(signal: AbortSignal | undefined, controller: AbortController): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => {};
  }
  const forward = (): void => controller.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  let linked = true;
  return () => {
    if (!linked) return;
    linked = false;
    signal.removeEventListener('abort', forward);
  };
}
