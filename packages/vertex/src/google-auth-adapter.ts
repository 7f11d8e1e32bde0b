import type { AnthropicVertexOptions, GoogleAuthClient, GoogleAuthLike } from './vertex-options.js';

// Loaded with `import()` by vertex-credentials.ts on the first request of a client that uses Google
// credentials: a plain adapter to google-auth-library that imports nothing from @anth/core (errors
// are plain `Error`s; the caller turns them into the SDK's).

/** The OAuth scope Vertex AI needs. */
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** What Google credentials give one request. */
export interface GoogleHeaders {
  /** The `Authorization` value, `Bearer ya29.…`. */
  authorization: string;
  /** Google's billing/quota project header, when the credentials name one. */
  userProject: string | undefined;
  /** The project the credentials belong to, when they say. */
  projectId: string | undefined;
  /** When the token expires, in ms since the epoch, when google-auth-library says. */
  expiresAt: number | undefined;
}

/** A google-auth-library that could not be loaded (not a failure of the credentials themselves). */
export class GoogleAuthUnavailable extends Error {}

/**
 * Headers from `authClient`, `googleAuth`, or else Application Default Credentials (google-auth-library
 * imported now, `new GoogleAuth({ scopes: cloud-platform })`, which finds
 * `GOOGLE_APPLICATION_CREDENTIALS`, gcloud user credentials or the metadata server). With
 * `forceRefresh` (the token was rejected), a client that can refresh is asked for a new token first.
 *
 * @example
 * const getHeaders = googleHeaderSource({ authClient });
 * const { authorization } = await getHeaders(false);
 */
export function googleHeaderSource(
  options: Pick<AnthropicVertexOptions, 'googleAuth' | 'authClient'>,
): (forceRefresh: boolean) => Promise<GoogleHeaders> {
  const { authClient, googleAuth } = options;
  let client: Promise<GoogleAuthClient> | undefined;
  const loadClient = (): Promise<GoogleAuthClient> =>
    (client ??= (
      authClient
        ? Promise.resolve(authClient)
        : (googleAuth ? Promise.resolve(googleAuth) : loadDefaultGoogleAuth()).then((auth) => auth.getClient())
    ).catch((error: unknown) => {
      client = undefined; // tried again on the next request
      throw error;
    }));
  return async (forceRefresh) => {
    const loaded = await loadClient();
    // After a 401 the library may still consider its token valid: ask for a new one. A client that
    // cannot refresh (no refresh token) keeps its token, and the 401 stands.
    if (forceRefresh && typeof loaded.refreshAccessToken === 'function')
      await loaded.refreshAccessToken().catch(() => undefined);
    const headers = new Headers(await loaded.getRequestHeaders());
    const authorization = headers.get('authorization');
    if (!authorization) throw new Error('google-auth-library returned no Authorization header');
    const expiry = loaded.credentials?.expiry_date;
    return {
      authorization,
      userProject: headers.get('x-goog-user-project') ?? undefined,
      projectId: loaded.projectId ?? undefined,
      expiresAt: typeof expiry === 'number' ? expiry : undefined,
    };
  };
}

/** Application Default Credentials, through google-auth-library (Node-only, so imported only now). */
async function loadDefaultGoogleAuth(): Promise<GoogleAuthLike> {
  let library: typeof import('google-auth-library');
  try {
    library = await import('google-auth-library');
  } catch (error) {
    throw new GoogleAuthUnavailable(
      'AnthropicVertex was given no credentials, so it tried Application Default Credentials, but google-auth-library could not be loaded (it needs Node.js). Pass `accessToken` (a token or an async token provider), `googleAuth` or `authClient`.',
      { cause: error },
    );
  }
  // Namespace of an ES module, or (through some bundlers' CommonJS interop) its default export.
  const GoogleAuth = library.GoogleAuth ?? (library as unknown as { default: typeof library }).default.GoogleAuth;
  return new GoogleAuth({ scopes: CLOUD_PLATFORM_SCOPE });
}
