import type { Logger } from '@anth/core';
import type { CredentialTools } from '@anth/core/internal';
import { loadDefaultGoogleAuth } from './load-google-auth.js';
import type { AnthropicVertexOptions, GoogleAuthClient, GoogleAuthLike } from './vertex-options.js';

// Imported with `import()` by the Vertex transport, so it takes what it needs from core as `tools`
// (see CredentialTools) and imports only types: a run-time import of core here would make bundlers
// move all of core out of the entry chunk.

/**
 * Sends one Vertex attempt with credentials: `build` makes the request from the credential headers
 * (and the project the credentials name, if any), `send` sends it. A 401 gets one new token and one
 * resend.
 */
export type GoogleCredentials = (
  build: (credentialHeaders: Record<string, string>, credentialsProject?: string) => Request,
  send: (request: Request) => Promise<Response>,
) => Promise<Response>;

/**
 * The credentials of a Vertex client that has no static `accessToken` (this module is imported on the
 * first request of such a client only), in this order: an async `accessToken` provider (cached while
 * its expiry is known; google-auth-library is never loaded), `authClient`, `googleAuth`, else
 * Application Default Credentials (google-auth-library imported on first use). Google credentials are
 * asked for headers per request and cached while their expiry is known; a failure to get them is an
 * `APIConnectionError('Failed to acquire Google OAuth credentials.')` (retried) with the cause.
 *
 * @example
 * const credentials = createGoogleCredentials({ authClient }, await loadCredentialTools(), logger);
 * const response = await credentials((headers, project) => buildRequest(headers, project), fetch);
 */
export function createGoogleCredentials(
  options: Pick<AnthropicVertexOptions, 'accessToken' | 'googleAuth' | 'authClient'>,
  tools: CredentialTools,
  logger?: Logger,
): GoogleCredentials {
  const { tokenFetcher, sendWithToken, createCachedCredential, AnthropicError, APIConnectionError } = tools;
  const { accessToken, googleAuth, authClient } = options;
  if (typeof accessToken === 'function') {
    const tokens = createCachedCredential(tokenFetcher(accessToken, 'the accessToken provider'));
    return (build, send) => sendWithToken(tokens, (token) => send(build({ authorization: `Bearer ${token}` })), logger);
  }
  const loadClient = authClient
    ? () => Promise.resolve(authClient)
    : googleAuth
      ? () => googleAuth.getClient()
      : adcClientLoader(tools);
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
      throw new APIConnectionError({ message: 'Failed to acquire Google OAuth credentials.', cause: error });
    }
  });
  return (build, send) =>
    sendWithToken(
      authorization,
      (value) =>
        send(
          build(
            { ...(userProject ? { 'x-goog-user-project': userProject } : {}), authorization: value },
            client?.projectId || userProject || undefined,
          ),
        ),
      logger,
    );
}

/** Loads google-auth-library and asks ADC for a client, once per Vertex client (a failure is retried next time). */
function adcClientLoader({ AnthropicError }: CredentialTools): () => Promise<GoogleAuthClient> {
  let googleAuth: Promise<GoogleAuthLike> | undefined;
  return async () => {
    googleAuth ??= loadDefaultGoogleAuth(AnthropicError).catch((error: unknown) => {
      googleAuth = undefined;
      throw error;
    });
    return (await googleAuth).getClient();
  };
}
