import { AnthropicError } from '../errors/anthropic-error.js';
import { createCachedCredential, fixedCredential, type CachedCredential, type CachedCredentialOptions } from './cached-credential.js';

/**
 * A credential and, when known, the moment it stops working.
 *
 * @example
 * const token: AccessToken = { token: 'ya29.a0…', expiresAt: Date.now() + 3_600_000 };
 */
export interface AccessToken {
  /** The credential as it is sent, e.g. a bearer token. */
  token: string;
  /** When the token expires, in ms since the epoch. Omitted when unknown: the token is then not cached. */
  expiresAt?: number | undefined;
}

/**
 * Fetches a token. A plain string means "expiry unknown".
 *
 * @example
 * const provider: TokenProvider = async () => ({ token: await mint(), expiresAt: Date.now() + 3_600_000 });
 */
export type TokenProvider = () => Promise<string | AccessToken> | string | AccessToken;

/**
 * Options of {@link createCachedToken}: the refresh margin and the clock of
 * {@link CachedCredentialOptions}. A token without a known expiry is never kept.
 *
 * @example
 * createCachedToken(provider, { refreshMarginMs: 120_000 });
 */
export type CachedTokenOptions = Pick<CachedCredentialOptions, 'refreshMarginMs' | 'now'>;

/**
 * A token source that caches: a {@link CachedCredential} of strings (see {@link createCachedToken}).
 *
 * @example
 * const token = await tokens.get();
 */
export type CachedToken = CachedCredential<string>;

/**
 * Wraps an async token provider in {@link createCachedCredential}: a token with a known expiry is
 * reused until `refreshMarginMs` (default 60 s) before it; one without is fetched for every request
 * (the provider, e.g. google-auth-library or `@azure/identity`'s `getBearerTokenProvider`, then caches
 * it itself). Concurrent callers share one fetch, so a burst of requests at expiry causes one refresh.
 * A failed fetch is not cached. A result that is not a non-empty token fails with an
 * `AnthropicError` that names its kind, never its value. The provider takes no arguments, so it is not
 * told when a refresh is forced after a 401; a source with a cache of its own that must then be
 * bypassed uses {@link createCachedCredential} and its `forceRefresh` directly.
 *
 * @example
 * const tokens = createCachedToken(async () => ({ token: await mint(), expiresAt: Date.now() + 3_600_000 }));
 * const headers = { authorization: `Bearer ${await tokens.get()}` };
 */
export function createCachedToken(provider: TokenProvider, options: CachedTokenOptions = {}): CachedToken {
  return createCachedCredential<string>(async () => {
    const value = await provider();
    const { token, expiresAt } = typeof value === 'string' ? { token: value, expiresAt: undefined } : ((value ?? {}) as Partial<AccessToken>);
    if (typeof token !== 'string' || token === '') {
      throw new AnthropicError(`Expected the token provider to return a non-empty string or { token, expiresAt? }, but it returned ${describeValue(value)}`);
    }
    return { value: token, expiresAt };
  }, { refreshMarginMs: options.refreshMarginMs, now: options.now });
}

/**
 * A {@link CachedToken} for a token that never changes (an API key, a given access token): nothing
 * to refresh, so a 401 is final.
 *
 * @example
 * const tokens = fixedToken(options.accessToken);
 */
export function fixedToken(token: string): CachedToken {
  return fixedCredential(token);
}

// Names the kind of value without echoing it: a wrong return value may still be a secret.
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'an empty string';
  if (typeof value === 'object') return 'an object without a non-empty string `token`';
  return typeof value;
}
