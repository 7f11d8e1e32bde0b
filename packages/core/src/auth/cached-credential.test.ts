import { describe, expect, it, vi } from 'vitest';
import {
  createCachedCredential,
  fixedCredential,
  type CredentialFetchContext,
  type ExpiringCredential,
} from './cached-credential.js';

interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A fetcher of `KEY-1`, `KEY-2`, … objects living `lifetimeMs` on `clock` (forever when undefined); records each call's context. */
function keyFetcher(lifetimeMs: number | undefined, clock: { now: number }) {
  const contexts: CredentialFetchContext[] = [];
  const fetcher = async (context: CredentialFetchContext): Promise<ExpiringCredential<Keys>> => {
    contexts.push(context);
    const id = `KEY-${contexts.length}`;
    return {
      value: { accessKeyId: id, secretAccessKey: `${id}-secret` },
      expiresAt: lifetimeMs === undefined ? undefined : clock.now + lifetimeMs,
    };
  };
  return { fetcher, contexts, calls: () => contexts.length };
}

describe('createCachedCredential', () => {
  it('caches any value type: the very object fetched is handed out again', async () => {
    const clock = { now: 0 };
    const { fetcher, calls } = keyFetcher(3_600_000, clock);
    const cache = createCachedCredential(fetcher, { now: () => clock.now });
    const first = await cache.get();
    expect(first).toEqual({ accessKeyId: 'KEY-1', secretAccessKey: 'KEY-1-secret' });
    expect(await cache.get()).toBe(first);
    expect(calls()).toBe(1);
    expect(cache.refreshable).toBe(true);
  });

  it('honours a custom refresh margin (5 minutes, as for AWS credentials)', async () => {
    const clock = { now: 1_000_000 };
    const { fetcher, calls } = keyFetcher(10 * 60_000, clock);
    const cache = createCachedCredential(fetcher, { now: () => clock.now, refreshMarginMs: 5 * 60_000 });
    expect((await cache.get()).accessKeyId).toBe('KEY-1');
    clock.now += 5 * 60_000 - 1; // 5 minutes and 1 ms left
    expect((await cache.get()).accessKeyId).toBe('KEY-1');
    clock.now += 1; // exactly 5 minutes left: inside the margin
    expect((await cache.get()).accessKeyId).toBe('KEY-2');
    expect(calls()).toBe(2);
  });

  it('uses the default margin of 60 s, and reads Date.now() per call (so a faked Date moves it)', async () => {
    const { fetcher, calls } = keyFetcher(undefined, { now: 0 });
    const expiring = createCachedCredential(async (context) => ({
      ...(await fetcher(context)),
      expiresAt: Date.now() + 120_000,
    }));
    await expiring.get();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 59_000 });
    try {
      await expiring.get(); // 61 s left: cached
      expect(calls()).toBe(1);
      vi.setSystemTime(Date.now() + 2_000); // 59 s left: inside the default margin
      await expiring.get();
      expect(calls()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('unknown expiry: fetched for every caller by default, kept with cacheWithoutExpiry', async () => {
    const fetchedEachTime = keyFetcher(undefined, { now: 0 });
    const uncached = createCachedCredential(fetchedEachTime.fetcher);
    expect([(await uncached.get()).accessKeyId, (await uncached.get()).accessKeyId]).toEqual(['KEY-1', 'KEY-2']);
    const kept = keyFetcher(undefined, { now: 0 });
    const cached = createCachedCredential(kept.fetcher, { cacheWithoutExpiry: true });
    expect([(await cached.get()).accessKeyId, (await cached.get()).accessKeyId]).toEqual(['KEY-1', 'KEY-1']);
    // An expiry that is not a finite number (an invalid Date's getTime()) counts as unknown.
    const invalidDate = createCachedCredential(async () => ({ value: 'v', expiresAt: Number.NaN }), {
      cacheWithoutExpiry: true,
    });
    expect(await invalidDate.get()).toBe('v');
  });

  it('refresh() drops the cached value and fetches with forceRefresh; later gets reuse the result', async () => {
    const clock = { now: 0 };
    const { fetcher, contexts } = keyFetcher(3_600_000, clock);
    const cache = createCachedCredential(fetcher, { now: () => clock.now });
    expect((await cache.get()).accessKeyId).toBe('KEY-1');
    expect((await cache.refresh()).accessKeyId).toBe('KEY-2');
    expect((await cache.get()).accessKeyId).toBe('KEY-2');
    expect(contexts).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);
  });

  it('invalidate(value) makes the next fetch forced, once, however many requests report the same value', async () => {
    const clock = { now: 0 };
    const { fetcher, contexts } = keyFetcher(undefined, clock);
    const cache = createCachedCredential(fetcher, { cacheWithoutExpiry: true, now: () => clock.now });
    const rejected = await cache.get();
    cache.invalidate(rejected);
    cache.invalidate(rejected);
    const fresh = await cache.get();
    expect(fresh.accessKeyId).toBe('KEY-2');
    cache.invalidate(rejected); // a late report about the old value: the cache moved on
    cache.invalidate({ ...fresh }); // an equal but different object is not the cached value
    expect(await cache.get()).toBe(fresh);
    expect(contexts).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);
  });

  it('shares one fetch between concurrent callers, refresh() included', async () => {
    const contexts: CredentialFetchContext[] = [];
    let release: (value: ExpiringCredential<Keys>) => void = () => {};
    const cache = createCachedCredential<Keys>((context) => {
      contexts.push(context);
      return new Promise((resolve) => (release = resolve));
    });
    const all = Promise.all([cache.get(), cache.get(), cache.refresh(), cache.get()]);
    const shared = { accessKeyId: 'SHARED', secretAccessKey: 'shared-secret' };
    release({ value: shared, expiresAt: Date.now() + 3_600_000 });
    const results = await all;
    expect(results.every((result) => result === shared)).toBe(true);
    expect(contexts).toHaveLength(1);
    // Even a value of unknown expiry, which is not kept, is shared while in flight.
    let plainCalls = 0;
    const plain = createCachedCredential(async () => ({ value: `plain-${++plainCalls}` }));
    expect(await Promise.all([plain.get(), plain.get(), plain.get()])).toEqual(['plain-1', 'plain-1', 'plain-1']);
    expect(await plain.get()).toBe('plain-2');
  });

  it('does not cache a failed fetch: every waiting caller sees the error, the next call tries again', async () => {
    let calls = 0;
    const cache = createCachedCredential(async () => {
      calls += 1;
      if (calls === 1) throw new Error('provider unreachable');
      return { value: 42, expiresAt: Date.now() + 3_600_000 };
    });
    const failures = await Promise.allSettled([cache.get(), cache.get()]);
    expect(failures.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await cache.get()).toBe(42);
    expect(calls).toBe(2);
  });
});

describe('fixedCredential', () => {
  it('always returns the value, is not refreshable, and ignores invalidate', async () => {
    const keys = { accessKeyId: 'STATIC', secretAccessKey: 'static-secret' };
    const fixed = fixedCredential(keys);
    fixed.invalidate(keys);
    expect(await fixed.get()).toBe(keys);
    expect(await fixed.refresh()).toBe(keys);
    expect(fixed.refreshable).toBe(false);
  });
});
