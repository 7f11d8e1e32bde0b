/**
 * A fetched credential and, when known, the moment it stops working.
 *
 * @example
 * const fetched: ExpiringCredential<AwsCredentialIdentity> = { value: credentials, expiresAt: credentials.expiration?.getTime() };
 */
export interface ExpiringCredential<T> {
  /** The credential itself: a bearer token, a set of AWS keys, … */
  value: T;
  /** When the credential expires, in ms since the epoch; omitted (or not a finite number) when unknown. */
  expiresAt?: number | undefined;
}

/**
 * What a {@link CredentialFetcher} is asked for.
 *
 * @example
 * const fetcher: CredentialFetcher<string> = async ({ forceRefresh }) => ({ value: await mint({ skipCache: forceRefresh }) });
 */
export interface CredentialFetchContext {
  /**
   * True when the last credential was rejected by a server ({@link CachedCredential.invalidate}) or a
   * refresh was asked for ({@link CachedCredential.refresh}): a source with a cache of its own (a
   * memoized AWS provider, google-auth-library) must bypass it.
   */
  forceRefresh: boolean;
}

/**
 * Fetches a credential. Throwing fails the `get()` that caused the fetch; nothing is cached then.
 *
 * @example
 * const fetcher: CredentialFetcher<string> = async () => ({ value: await mint(), expiresAt: Date.now() + 3_600_000 });
 */
export type CredentialFetcher<T> = (context: CredentialFetchContext) => Promise<ExpiringCredential<T>>;

/**
 * Options of {@link createCachedCredential}.
 *
 * @example
 * createCachedCredential(fetcher, { refreshMarginMs: 5 * 60_000, cacheWithoutExpiry: true });
 */
export interface CachedCredentialOptions {
  /**
   * Fetch a new credential this long before the cached one expires, in ms, so it never expires in
   * flight or on a server whose clock runs ahead. Default 60 000.
   */
  refreshMarginMs?: number | undefined;
  /**
   * What to do with a credential whose expiry is unknown: `false` (default) hands it out once and
   * fetches again for the next caller (right for sources that cache themselves); `true` keeps it until
   * it is invalidated or refreshed (right for static-until-rotated credentials such as AWS keys).
   */
  cacheWithoutExpiry?: boolean | undefined;
  /**
   * Within this many ms of expiry (and more than `refreshMarginMs`), the cached credential is still
   * handed out while a fresh one is fetched in the background; a failed background fetch is ignored
   * (retried after 5 s at the earliest). Default 0: no background refresh.
   */
  backgroundRefreshMs?: number | undefined;
  /** The clock, in ms since the epoch. Default `Date.now()`, read on every call; tests pass their own. */
  now?: (() => number) | undefined;
}

/**
 * A credential source that caches: see {@link createCachedCredential}.
 *
 * @example
 * const credentials = await cache.get();
 */
export interface CachedCredential<T> {
  /** A credential that is not about to expire: the cached one, or a freshly fetched one. */
  get(): Promise<T>;
  /**
   * Drops the cached credential and fetches a new one with `forceRefresh: true`, whatever its expiry.
   * A fetch already in flight is shared rather than started again.
   */
  refresh(): Promise<T>;
  /**
   * Forgets `value` after a server rejected it, so the next {@link get} fetches a new one with
   * `forceRefresh: true`. Does nothing when the cache has already moved on to another value (several
   * requests rejected at once cause one refresh, not one each). Values are compared with `===`.
   */
  invalidate(value: T): void;
  /** True when values come from a fetcher (so a rejected one can be replaced); false for a fixed value. */
  readonly refreshable: boolean;
}

/**
 * A cache of tokens (strings), as {@link sendWithToken} takes it.
 *
 * @example
 * const tokens: CachedToken = createCachedCredential(tokenFetcher(provider));
 */
export type CachedToken = CachedCredential<string>;

/**
 * Wraps an async credential fetcher: a credential with a known expiry is reused until
 * `refreshMarginMs` before it; one without is fetched for every caller, or kept with
 * `cacheWithoutExpiry`. Concurrent callers share one fetch, so a burst of requests at expiry causes one
 * refresh. A failed fetch is not cached: the next call tries again. The one cache behind every cloud
 * client's tokens and keys.
 *
 * @example
 * const cache = createCachedCredential(async ({ forceRefresh }) => {
 *   const credentials = await provider({ forceRefresh });
 *   return { value: credentials, expiresAt: credentials.expiration?.getTime() };
 * }, { refreshMarginMs: 5 * 60_000, cacheWithoutExpiry: true });
 * const credentials = await cache.get();
 */
export function createCachedCredential<T>(
  fetcher: CredentialFetcher<T>,
  options: CachedCredentialOptions = {},
): CachedCredential<T> {
  const { refreshMarginMs = 60_000, backgroundRefreshMs = 0, cacheWithoutExpiry, now } = options;
  /** The cached value and when it must be fetched again; `cached.value` is also what `invalidate` compares with. */
  let cached: { value: T; refreshAt: number; backgroundAt: number } | undefined;
  let forceRefresh = false;
  let pending: Promise<T> | undefined;
  let backgroundFailedAt = -Infinity;
  const clock = (): number => (now ? now() : Date.now());

  const load = (): Promise<T> =>
    (pending ??= (async () => {
      const context = { forceRefresh };
      forceRefresh = false;
      const { value, expiresAt } = await fetcher(context);
      // Unknown expiry: kept for good, or handed out once (refreshAt -Infinity: never fresh).
      const known = Number.isFinite(expiresAt);
      const refreshAt = known
        ? (expiresAt as number) - refreshMarginMs
        : cacheWithoutExpiry === true
          ? Infinity
          : -Infinity;
      cached = { value, refreshAt, backgroundAt: known ? (expiresAt as number) - backgroundRefreshMs : refreshAt };
      return value;
    })().finally(() => {
      pending = undefined;
    }));

  return {
    refreshable: true,
    // Read per call, not captured: a test that fakes `Date` after creating the cache still moves it.
    get() {
      const time = clock();
      if (!cached || time >= cached.refreshAt) return load();
      if (time >= cached.backgroundAt && !pending && time - backgroundFailedAt >= 5_000) {
        load().catch(() => {
          backgroundFailedAt = clock();
        });
      }
      return Promise.resolve(cached.value);
    },
    refresh() {
      cached = undefined;
      forceRefresh = true;
      return load();
    },
    invalidate(value) {
      if (!cached || cached.value !== value) return;
      cached = undefined;
      forceRefresh = true;
    },
  };
}

/**
 * A {@link CachedCredential} for a value that never changes (an API key, static AWS keys): nothing
 * to refresh, so a rejection is final; `refresh()` and `get()` both return the value.
 *
 * @example
 * const credentials = fixedCredential({ accessKeyId, secretAccessKey });
 */
export function fixedCredential<T>(value: T): CachedCredential<T> {
  const resolved = Promise.resolve(value);
  return { refreshable: false, get: () => resolved, refresh: () => resolved, invalidate: () => {} };
}
