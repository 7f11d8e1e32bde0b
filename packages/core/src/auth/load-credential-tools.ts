import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { createCachedCredential } from './cached-credential.js';
import type { createTokenAuth } from './token-auth.js';

/**
 * Everything a cloud client's lazily loaded credential module needs from core:
 * - `tokenFetcher(provider, name?)`: a `CredentialFetcher` of tokens from a user's provider, for
 *   `createCachedCredential` (a throw becomes `AnthropicError('Failed to get token from <name>: …')`,
 *   a result that is not a non-empty token an `AnthropicError` naming its kind, never its value);
 * - `sendWithToken(tokens, send, logger?)`: sends with the current token; after a 401 with a token
 *   from a provider, fetches a new one and resends once;
 * - `createCachedCredential`, `AnthropicError`, `APIConnectionError`, as exported by core.
 *
 * A module loaded with `import()` that imported core itself would make bundlers move all of core
 * out of the entry chunk into a chunk shared with it (about 400 B more gzip in a Vertex bundle, and
 * one more request), so such a module imports only types from core and takes these instead.
 *
 * @example
 * const { tokenFetcher, sendWithToken, createCachedCredential }: CredentialTools = await loadCredentialTools();
 */
export type CredentialTools = ReturnType<typeof createTokenAuth> & {
  createCachedCredential: typeof createCachedCredential;
  AnthropicError: typeof AnthropicError;
  APIConnectionError: typeof APIConnectionError;
};

/**
 * Loads {@link CredentialTools}: the token machinery is a chunk of its own (imported with `import()`),
 * so a cloud client with a static key or token never loads it; one given a token provider or a cloud
 * SDK credential loads it on its first request.
 *
 * @example
 * const [module, tools] = await Promise.all([import('./entra-credentials.js'), loadCredentialTools()]);
 * const credentials = module.createEntraCredentials(options, tools, logger);
 */
export async function loadCredentialTools(): Promise<CredentialTools> {
  const { createTokenAuth } = await import('./token-auth.js');
  return { ...createTokenAuth(AnthropicError), createCachedCredential, AnthropicError, APIConnectionError };
}
