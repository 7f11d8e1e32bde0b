/**
 * The wait the server asked for, in ms: `retry-after-ms` (float ms) first, then `retry-after`
 * (float seconds or an HTTP date). `undefined` when neither is present or parseable. A `0` is a valid
 * "retry now" (unlike the official SDK, which treats `retry-after-ms: 0` as absent).
 */
export function serverRequestedDelay(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  for (const [name, unit] of [
    ['retry-after-ms', 1],
    ['retry-after', 1000],
  ] as const) {
    const text = headers?.get(name)?.trim();
    if (!text) continue;
    const delay = Number(text) * unit;
    if (Number.isFinite(delay)) return Math.max(0, delay);
    // An unparseable retry-after-ms falls through to retry-after, which may be an HTTP date.
    if (name === 'retry-after') {
      const date = Date.parse(text);
      return Number.isNaN(date) ? undefined : Math.max(0, date - now);
    }
  }
  return undefined;
}

/**
 * Exponential backoff with jitter for retry number `retriesTaken` (0 for the first retry):
 * `min(0.5 s × 2^n, 8 s) × (1 − 0.25 × random)` → ~0.4–0.5 s, 0.75–1 s, 1.5–2 s, 3–4 s, then 6–8 s.
 */
export function backoffDelay(retriesTaken: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** Math.min(retriesTaken, 10), 8000);
  return base * (1 - 0.25 * random());
}
