import { AnthropicError, APIConnectionError } from '@anth/core';
import { createCachedCredential, fixedCredential, type CachedCredential } from '@anth/core/internal';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './bedrock-options.js';

/**
 * Where a client's SigV4 credentials come from: core's credential cache. `get()` gives cached
 * credentials while they have more than 5 minutes left; `refresh()` fresh ones, after Bedrock reported
 * the cached ones expired (the same static keys again when `refreshable` is false).
 *
 * @example
 * const credentials = await source.get();
 */
export type CredentialSource = CachedCredential<AwsCredentialIdentity>;

// The margin the AWS SDK itself uses: a request is never signed with credentials about to expire.
const REFRESH_BEFORE_EXPIRY_MS = 5 * 60_000;

/**
 * The credential source for static keys, or for a provider (resolved once, on first use, by
 * `resolveProvider`). Provider results are cached by core's `createCachedCredential` until 5 minutes
 * before their `expiration` (for good without one); concurrent requests share one pending resolution,
 * and a refresh asks the provider with `{ forceRefresh: true }`. A failing provider becomes the
 * retryable `APIConnectionError('Failed to resolve AWS credentials from the credential provider chain.')`.
 *
 * @example
 * const source = createCredentialSource({ resolveProvider: async () => fromIni({ profile: 'dev' }) });
 * const credentials = await source.get();
 */
export function createCredentialSource(
  input: { credentials: AwsCredentialIdentity } | { resolveProvider: () => Promise<AwsCredentialIdentityProvider> },
): CredentialSource {
  if ('credentials' in input) return fixedCredential(input.credentials);
  let provider: Promise<AwsCredentialIdentityProvider> | undefined;
  return createCachedCredential(
    async ({ forceRefresh }) => {
      try {
        provider ??= input.resolveProvider();
        // Memoized AWS providers return their cache unless told otherwise; others ignore the argument.
        const resolve = (await provider) as (options?: { forceRefresh?: boolean }) => Promise<AwsCredentialIdentity>;
        const credentials = await resolve(forceRefresh ? { forceRefresh: true } : undefined);
        if (!credentials?.accessKeyId || !credentials.secretAccessKey) {
          throw new AnthropicError('The AWS credential provider resolved to no accessKeyId / secretAccessKey.');
        }
        return { value: credentials, expiresAt: credentials.expiration?.getTime() };
      } catch (error) {
        provider = undefined; // resolved again on the next request
        // Our own errors (no chain in this runtime, an empty result) are configuration problems: not retried.
        if (error instanceof AnthropicError) throw error;
        throw new APIConnectionError({
          message: 'Failed to resolve AWS credentials from the credential provider chain.',
          cause: error,
        });
      }
    },
    // Credentials without an expiration are long-term keys: kept until Bedrock rejects them.
    { refreshMarginMs: REFRESH_BEFORE_EXPIRY_MS, cacheWithoutExpiry: true },
  );
}
