import { AnthropicError, APIConnectionError, type Logger } from '@anth/core';
import { createCachedCredential, sendWithToken, tokenFetcher } from '@anth/core/internal';
import type { GoogleHeaders } from './google-auth-adapter.js';
import type { AnthropicVertexOptions } from './vertex-options.js';

/** Credential headers for one attempt, and the project the credentials name (if any). */
export interface CredentialHeaders {
  headers: Record<string, string>;
  project?: string | undefined;
}

/** Sends one attempt with credentials: `send` builds and sends the request from the credential headers. */
export type VertexCredentials = (
  send: (credentials: CredentialHeaders) => Promise<Response>,
  logger: Logger,
) => Promise<Response>;

/**
 * The credentials of a Vertex client, in this order: a static `accessToken` (sent as is; nothing is
 * loaded); an async `accessToken` provider (cached while its expiry is known); `authClient`,
 * `googleAuth`, else Application Default Credentials (through google-auth-adapter.ts, imported on the
 * first request). Provider and Google tokens get one fresh token and one resend after a 401. A failure
 * to get Google credentials is an `APIConnectionError('Failed to acquire Google OAuth credentials.')`
 * (retried) with the cause; google-auth-library that cannot be loaded is an `AnthropicError`.
 *
 * @example
 * const credentials = createVertexCredentials({ accessToken: 'ya29…' });
 * const response = await credentials(({ headers }) => fetch(rewritten(headers)), logger);
 */
export function createVertexCredentials(
  options: Pick<AnthropicVertexOptions, 'accessToken' | 'googleAuth' | 'authClient'>,
): VertexCredentials {
  const { accessToken } = options;
  if (typeof accessToken === 'string') {
    const headers = { authorization: `Bearer ${accessToken}` };
    return (send) => send({ headers });
  }
  if (typeof accessToken === 'function') {
    const tokens = createCachedCredential(tokenFetcher(accessToken, 'the accessToken provider'));
    return (send, logger) =>
      sendWithToken(tokens, (token) => send({ headers: { authorization: `Bearer ${token}` } }), logger);
  }
  let project: string | undefined;
  let userProject: string | undefined;
  const adapter = import('./google-auth-adapter.js');
  let source: ((forceRefresh: boolean) => Promise<GoogleHeaders>) | undefined;
  // forceRefresh: the token was rejected (a 401). Several requests rejected with the same token ask
  // for one refresh, not one each: the cache sees to that.
  const authorization = createCachedCredential<string>(async ({ forceRefresh }) => {
    const module = await adapter;
    try {
      const google = await (source ??= module.googleHeaderSource(options))(forceRefresh);
      project = google.projectId;
      userProject = google.userProject;
      return { value: google.authorization, expiresAt: google.expiresAt };
    } catch (error) {
      // Not loading the library at all is a configuration problem, not a transient one.
      if (error instanceof module.GoogleAuthUnavailable)
        throw new AnthropicError(error.message, { cause: error.cause });
      throw new APIConnectionError({ message: 'Failed to acquire Google OAuth credentials.', cause: error });
    }
  });
  return (send, logger) =>
    sendWithToken(
      authorization,
      (value) =>
        send({
          headers: { ...(userProject ? { 'x-goog-user-project': userProject } : {}), authorization: value },
          project: project || userProject,
        }),
      logger,
    );
}
