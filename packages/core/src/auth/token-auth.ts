// The token machinery only refreshable credentials need: tokens from a user's provider, and the
// resend after a 401. @anth/core/internal loads it with `import()` (see load-credential-tools.ts),
// so it is a chunk of its own. Bundlers emit that chunk wherever @anth/core/internal goes, even when
// nothing loads it, and whatever it imports then has to be shared with (or wrapped inside) the eager
// code of every bundle: so this module imports nothing at run time, and is handed the error class it
// throws.
import type { AnthropicError } from '../errors/anthropic-error.js';
import type { CachedToken, CredentialFetcher } from './cached-credential.js';
import type { Logger } from '../logging/logger.js';
import type { TokenProvider } from './token-types.js';

// The parameter must not be named after the imported type: the declaration bundler drops the
// import alias, and `AnthropicError: typeof AnthropicError` then refers to itself (TS2502 for every
// user without skipLibCheck).
/**
 * The token functions (see `CredentialTools` in load-credential-tools.ts), throwing
 * `ErrorClass`: core's `AnthropicError`, which load-credential-tools.ts passes in.
 *
 * @example
 * const { tokenFetcher, sendWithToken } = createTokenAuth(AnthropicError);
 */
export function createTokenAuth(ErrorClass: typeof AnthropicError) {
  /**
   * A {@link CredentialFetcher} of tokens from a user's provider, for `createCachedCredential`: a
   * token with a known expiry is then reused until shortly before it; one without is fetched for
   * every request (the provider, e.g. `@azure/identity`'s `getBearerTokenProvider`, caches it itself).
   * A provider that throws fails with `AnthropicError('Failed to get token from <name>: <its message>')`
   * and the cause (an `AnthropicError` it throws passes as is); a result that is not a non-empty token
   * fails with an `AnthropicError` that names its kind, never its value.
   */
  const tokenFetcher =
    (provider: TokenProvider, name = 'the token provider'): CredentialFetcher<string> =>
    async () => {
      let value: unknown;
      try {
        value = await provider();
      } catch (error) {
        if (error instanceof ErrorClass) throw error;
        throw new ErrorClass(
          `Failed to get token from ${name}: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      const { token, expiresAt } =
        typeof value === 'string'
          ? { token: value, expiresAt: undefined }
          : ((value ?? {}) as { token?: unknown; expiresAt?: number });
      if (typeof token !== 'string' || token === '') {
        // Names the kind of value without echoing it: a wrong return value may still be a secret.
        const kind =
          value === null
            ? 'null'
            : typeof value === 'string'
              ? 'an empty string'
              : typeof value === 'object'
                ? 'an object without a non-empty string `token`'
                : typeof value;
        throw new ErrorClass(
          `Expected ${name} to return a non-empty string or { token, expiresAt? }, but it returned ${kind}`,
        );
      }
      return { value: token, expiresAt };
    };

  /**
   * Sends one attempt with the current token. When the server answers 401 and the token came from a
   * provider, the token is dropped, a new one fetched, and the attempt sent once more (only once: a
   * second 401 stands). A provider that hands back the very token just rejected gets no resend.
   * `send` is called with the token and must build a fresh `Request` each time (a body is read once).
   */
  const sendWithToken = async (
    tokens: CachedToken,
    send: (token: string) => Promise<Response>,
    logger?: Logger,
  ): Promise<Response> => {
    const token = await tokens.get();
    const response = await send(token);
    if (response.status !== 401 || !tokens.refreshable) return response;
    tokens.invalidate(token);
    // The rejected response's body is not needed either way: release its connection.
    const release = () => response.body?.cancel().catch(() => {});
    let fresh: string;
    try {
      fresh = await tokens.get();
    } catch (error) {
      await release();
      throw error;
    }
    if (fresh === token) return response;
    logger?.info('401 with a cached token: fetched a new token, resending once');
    await release();
    return send(fresh);
  };

  return { tokenFetcher, sendWithToken };
}
