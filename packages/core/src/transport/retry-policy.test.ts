import { describe, expect, it } from 'vitest';
import { shouldRetryStatus } from './retry-policy.js';

describe('shouldRetryStatus', () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 529, 599])('retries %i', (status) => {
    expect(shouldRetryStatus(status, new Headers())).toBe(true);
  });

  it.each([400, 401, 402, 403, 404, 413, 422, 451])('does not retry %i', (status) => {
    expect(shouldRetryStatus(status, new Headers())).toBe(false);
  });

  it('x-should-retry: true forces a retry of any status', () => {
    expect(shouldRetryStatus(400, new Headers({ 'x-should-retry': 'true' }))).toBe(true);
  });

  it('x-should-retry: false forbids a retry of any status', () => {
    expect(shouldRetryStatus(529, new Headers({ 'x-should-retry': 'false' }))).toBe(false);
    expect(shouldRetryStatus(429, new Headers({ 'x-should-retry': 'false' }))).toBe(false);
  });

  it('ignores any other value of x-should-retry (exact strings only)', () => {
    expect(shouldRetryStatus(400, new Headers({ 'x-should-retry': 'TRUE' }))).toBe(false);
    expect(shouldRetryStatus(529, new Headers({ 'x-should-retry': 'no' }))).toBe(true);
    expect(shouldRetryStatus(529, undefined)).toBe(true);
  });
});
