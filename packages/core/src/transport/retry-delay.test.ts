import { describe, expect, it } from 'vitest';
import { backoffDelay, serverRequestedDelay } from './retry-delay.js';

const headers = (init: Record<string, string>) => new Headers(init);

describe('serverRequestedDelay', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');

  it('is undefined without headers or hints', () => {
    expect(serverRequestedDelay(undefined)).toBeUndefined();
    expect(serverRequestedDelay(headers({}))).toBeUndefined();
    expect(serverRequestedDelay(headers({ 'retry-after': '   ' }))).toBeUndefined();
  });

  it('reads retry-after-ms as float milliseconds', () => {
    expect(serverRequestedDelay(headers({ 'retry-after-ms': '250.5' }))).toBe(250.5);
  });

  it('treats retry-after-ms: 0 as "retry now", not as absent', () => {
    expect(serverRequestedDelay(headers({ 'retry-after-ms': '0', 'retry-after': '30' }))).toBe(0);
  });

  it('prefers retry-after-ms over retry-after', () => {
    expect(serverRequestedDelay(headers({ 'retry-after-ms': '10', 'retry-after': '30' }))).toBe(10);
  });

  it('falls back to retry-after when retry-after-ms is not a number', () => {
    expect(serverRequestedDelay(headers({ 'retry-after-ms': 'soon', 'retry-after': '2' }))).toBe(2000);
  });

  it('reads retry-after as float seconds', () => {
    expect(serverRequestedDelay(headers({ 'retry-after': '1.5' }))).toBe(1500);
  });

  it('reads retry-after as an HTTP date relative to now', () => {
    expect(serverRequestedDelay(headers({ 'retry-after': 'Sun, 01 Jun 2025 12:00:05 GMT' }), now)).toBe(5000);
  });

  it('clamps a date in the past and negative numbers to 0', () => {
    expect(serverRequestedDelay(headers({ 'retry-after': 'Sun, 01 Jun 2025 11:00:00 GMT' }), now)).toBe(0);
    expect(serverRequestedDelay(headers({ 'retry-after-ms': '-5' }))).toBe(0);
    expect(serverRequestedDelay(headers({ 'retry-after': '-5' }))).toBe(0);
  });

  it('ignores an unparseable retry-after', () => {
    expect(serverRequestedDelay(headers({ 'retry-after': 'whenever' }))).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 8000],
    [1000, 8000],
  ])('retry %i waits at most %i ms (random = 0)', (retries, max) => {
    expect(backoffDelay(retries, () => 0)).toBe(max);
    expect(backoffDelay(retries, () => 1)).toBe(max * 0.75);
    expect(backoffDelay(retries, () => 0.5)).toBe(max * 0.875);
  });

  it('stays within [0.75 × base, base] with the real random source', () => {
    for (let index = 0; index < 200; index += 1) {
      const delay = backoffDelay(1);
      expect(delay).toBeGreaterThanOrEqual(750);
      expect(delay).toBeLessThanOrEqual(1000);
    }
  });
});
