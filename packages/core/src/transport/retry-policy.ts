/**
 * Whether a non-2xx response may be retried (spec/behaviour.md §1): `x-should-retry` decides when it
 * is exactly `true` or `false`; otherwise 408, 409, 429 and every status ≥ 500 are retried.
 */
export function shouldRetryStatus(status: number, headers: Headers | undefined): boolean {
  const hint = headers?.get('x-should-retry');
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
