/**
 * The wait the server asked for, in ms: `retry-after-ms` (float ms) first, then `retry-after`
 * (float seconds or an HTTP date). `undefined` when neither is present or parseable. A `0` is a valid
 * "retry now" (unlike the official SDK, which treats `retry-after-ms: 0` as absent).
 */
export function serverRequestedDelay(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && milliseconds.trim() !== '') {
    const value = Number(milliseconds);
    if (Number.isFinite(value)) return Math.max(0, value);
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null || retryAfter.trim() === '') return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Exponential backoff with jitter for retry number `retriesTaken` (0 for the first retry):
 * `min(0.5 s × 2^n, 8 s) × (1 − 0.25 × random)` → ~0.4–0.5 s, 0.75–1 s, 1.5–2 s, 3–4 s, then 6–8 s.
 */
export function backoffDelay(retriesTaken: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** Math.min(retriesTaken, 10), 8000);
  return base * (1 - 0.25 * random());
}
