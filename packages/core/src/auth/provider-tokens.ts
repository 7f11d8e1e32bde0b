import { checkedSecret } from '../client/resolve-credential.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import type { AccessTokenProvider } from './access-token.js';
import { raceAbort } from '../transport/race-abort.js';
import { createCachedCredential } from './cached-credential.js';

// The official SDK 1.x's refresh window: a token with under 2 minutes left is refreshed in the
// background while still used; one with under 30 seconds left is refreshed before it is used.
const MANDATORY_REFRESH_MS = 30_000;
const ADVISORY_REFRESH_MS = 120_000;

/** The tokens of a `credentials` provider, cached. */
export interface ProviderTokens {
  /** A token that is not about to expire; rejects with an `AnthropicError` naming `credentials`. */
  get(signal: AbortSignal): Promise<string>;
  /** The server rejected `token` (a 401): the next `get` asks the provider with `forceRefresh: true`. */
  invalidate(token: string): void;
}

/**
 * Wraps a `credentials` provider in core's credential cache with the official SDK's refresh window
 * (`expiresAt` in epoch seconds; `null` keeps the token until a 401). A provider that throws, or
 * returns something other than `{ token: non-empty string, expiresAt }`, fails the request with an
 * `AnthropicError` naming `credentials` (its error as `cause`, the value never shown).
 *
 * @example
 * const tokens = providerTokens(async () => ({ token: await mint(), expiresAt: null }));
 * const token = await tokens.get(signal);
 */
export function providerTokens(provider: AccessTokenProvider): ProviderTokens {
  const cache = createCachedCredential<string>(
    async ({ forceRefresh }) => {
      let result: unknown;
      try {
        result = await provider(forceRefresh ? { forceRefresh: true } : undefined);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AnthropicError(`The \`credentials\` provider failed: ${reason}`, { cause: error });
      }
      const { token, expiresAt } = (result ?? {}) as { token?: unknown; expiresAt?: unknown };
      if (expiresAt != null && typeof expiresAt !== 'number') {
        throw new AnthropicError('The `credentials` provider must return `expiresAt` in epoch seconds, or null.');
      }
      const value = checkedSecret('The `token` returned by the `credentials` provider', token);
      return { value, expiresAt: expiresAt == null ? undefined : expiresAt * 1000 };
    },
    { refreshMarginMs: MANDATORY_REFRESH_MS, backgroundRefreshMs: ADVISORY_REFRESH_MS, cacheWithoutExpiry: true },
  );
  return {
    get: (signal) => raceAbort(cache.get(), signal),
    invalidate: (token) => cache.invalidate(token),
  };
}
