import { AnthropicError, APIConnectionError } from '@anth/core';
import { createCachedCredential, createCachedToken, fixedToken, type CachedToken } from '@anth/core/internal';
import { loadDefaultGoogleAuth } from './load-google-auth.js';
import type { AnthropicVertexOptions, GoogleAuthClient, GoogleAuthLike, VertexAccessTokenProvider } from './vertex-options.js';

/** Where a Vertex client's `Authorization` comes from, and what the credentials know about the project. */
export interface GoogleCredentials {
  /** The `Authorization` header value (`Bearer …`), cached and refreshed. */
  readonly authorization: CachedToken;
  /** Headers the credentials add besides `Authorization` (`x-goog-user-project`), as last fetched. */
  extraHeaders(): Record<string, string>;
  /** The project named by the credentials (`authClient.projectId`, else `x-goog-user-project`), once fetched. */
  project(): string | undefined;
}

const FAILED_TO_ACQUIRE = 'Failed to acquire Google OAuth credentials.';

/**
 * Builds the credential source from the options, in this order: `accessToken` (a fixed token sent as
 * is, or an async provider; google-auth-library is never loaded), `authClient`, `googleAuth`, else
 * Application Default Credentials (google-auth-library imported on first use). Google credentials are
 * asked for headers per request and cached while their expiry is known; a failure to get them is an
 * `APIConnectionError('Failed to acquire Google OAuth credentials.')` (retried) with the cause.
 *
 * @example
 * const credentials = createGoogleCredentials({ accessToken: 'ya29.…' });
 * const authorization = await credentials.authorization.get(); // 'Bearer ya29.…'
 */
export function createGoogleCredentials(options: Pick<AnthropicVertexOptions, 'accessToken' | 'googleAuth' | 'authClient'>): GoogleCredentials {
  const { accessToken, googleAuth, authClient } = options;
  if (typeof accessToken === 'string') {
    return { authorization: fixedToken(`Bearer ${accessToken}`), extraHeaders: () => ({}), project: () => undefined };
  }
  if (typeof accessToken === 'function') {
    const authorization = createCachedToken(async () => {
      const value = await callProvider(accessToken);
      return typeof value === 'string' ? `Bearer ${value}` : { token: `Bearer ${value.token}`, expiresAt: value.expiresAt };
    });
    return { authorization, extraHeaders: () => ({}), project: () => undefined };
  }
  return createGoogleAuthCredentials(authClient ? () => Promise.resolve(authClient) : googleAuth ? () => googleAuth.getClient() : adcClientLoader());
}

function createGoogleAuthCredentials(loadClient: () => Promise<GoogleAuthClient>): GoogleCredentials {
  let client: GoogleAuthClient | undefined;
  let userProject: string | undefined;
  // forceRefresh: the token was rejected (a 401). Several requests rejected with the same token ask
  // for one refresh, not one each: the cache sees to that.
  const authorization = createCachedCredential<string>(async ({ forceRefresh }) => {
    try {
      client ??= await loadClient();
      if (forceRefresh && typeof client.refreshAccessToken === 'function') {
        // After a 401 the library may still consider its token valid: ask for a new one. A client that
        // cannot refresh (no refresh token) keeps its token, and the 401 stands.
        await client.refreshAccessToken().catch(() => undefined);
      }
      const headers = new Headers(await client.getRequestHeaders());
      const token = headers.get('authorization');
      if (!token) throw new Error('google-auth-library returned no Authorization header');
      userProject = headers.get('x-goog-user-project') ?? undefined;
      const expiry = client.credentials?.expiry_date;
      return { value: token, expiresAt: typeof expiry === 'number' ? expiry : undefined };
    } catch (error) {
      // Not loading the library at all is a configuration problem, not a transient one.
      if (error instanceof AnthropicError) throw error;
      throw new APIConnectionError({ message: FAILED_TO_ACQUIRE, cause: error });
    }
  });
  return {
    authorization,
    extraHeaders: (): Record<string, string> => (userProject ? { 'x-goog-user-project': userProject } : {}),
    project: () => client?.projectId || userProject || undefined,
  };
}

/** Loads google-auth-library and asks ADC for a client, once per Vertex client (a failure is retried next time). */
function adcClientLoader(): () => Promise<GoogleAuthClient> {
  let googleAuth: Promise<GoogleAuthLike> | undefined;
  return async () => {
    googleAuth ??= loadDefaultGoogleAuth().catch((error: unknown) => {
      googleAuth = undefined;
      throw error;
    });
    return (await googleAuth).getClient();
  };
}

/** Calls a user's token provider; its failures become a clear `AnthropicError` (one it throws itself passes as is). */
async function callProvider(provider: VertexAccessTokenProvider): Promise<string | { token: string; expiresAt?: number | undefined }> {
  let value: unknown;
  try {
    value = await provider();
  } catch (error) {
    if (error instanceof AnthropicError) throw error;
    throw new AnthropicError(`Failed to get a token from the accessToken provider: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const token = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? (value as { token?: unknown }).token : undefined;
  if (typeof token !== 'string' || token === '') {
    // Says what kind of value came back, never the value: it may be a secret.
    const kind = value === null ? 'null' : typeof value === 'object' ? 'an object without a non-empty string `token`' : typeof value === 'string' ? 'an empty string' : typeof value;
    throw new AnthropicError(`Expected the accessToken provider to return a non-empty string or { token, expiresAt? }, but it returned ${kind}`);
  }
  return value as string | { token: string; expiresAt?: number | undefined };
}
