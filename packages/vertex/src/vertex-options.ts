import type { ClientOptions } from '@anth/core';

/**
 * The part of a google-auth-library `AuthClient` the Vertex client uses (any `AuthClient` fits: an
 * `OAuth2Client`, `JWT`, `Compute`, `Impersonated`, an external-account client, or your own object).
 *
 * @example
 * const authClient: GoogleAuthClient = await new GoogleAuth({ scopes }).getClient();
 */
export interface GoogleAuthClient {
  /** Headers authorising one request: `authorization: Bearer …` and maybe `x-goog-user-project`. */
  getRequestHeaders(url?: string | URL): Promise<Headers | Record<string, string>>;
  /** The project the credentials belong to, when known. */
  projectId?: string | null | undefined;
  /** OAuth2 clients expose their token's expiry here (ms since the epoch); it sets how long the token is cached. */
  credentials?: { expiry_date?: number | null | undefined } | undefined;
  /** OAuth2 clients can be told to fetch a new token; used once after a 401. */
  refreshAccessToken?(): Promise<unknown>;
}

/**
 * The part of a google-auth-library `GoogleAuth` the Vertex client uses.
 *
 * @example
 * const googleAuth: GoogleAuthLike = new GoogleAuth({ scopes: 'https://www.googleapis.com/auth/cloud-platform', keyFile });
 */
export interface GoogleAuthLike {
  /** The auth client that signs requests (called once, on the first request). */
  getClient(): Promise<GoogleAuthClient>;
}

/**
 * An async source of OAuth access tokens for Vertex (e.g. from your own token service on an edge
 * runtime). Return the token alone, or with its expiry (ms since the epoch) so it is cached until
 * shortly before then; without an expiry it is called for every request.
 *
 * @example
 * const accessToken: VertexAccessTokenProvider = async () => ({ token: await mint(), expiresAt: Date.now() + 3_600_000 });
 */
export type VertexAccessTokenProvider = () => Promise<string | { token: string; expiresAt?: number | undefined }>;

/**
 * Options of {@link AnthropicVertex}: the core client options (no `apiKey`/`authToken`: Vertex takes
 * Google credentials) plus where and how to reach Vertex AI.
 *
 * @example
 * new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' }); // Application Default Credentials
 * new AnthropicVertex({ region: 'global', projectId: 'my-project', accessToken: process.env.GOOGLE_ACCESS_TOKEN });
 */
export interface AnthropicVertexOptions extends Omit<ClientOptions, 'apiKey' | 'authToken' | 'credentials'> {
  /**
   * The Vertex AI location: a region such as `us-east5` or `europe-west1`, or `global`, `us`, `eu`.
   * Default: env `CLOUD_ML_REGION`. Required.
   */
  region?: string | null | undefined;
  /**
   * The Google Cloud project. Default: env `ANTHROPIC_VERTEX_PROJECT_ID`, else the project of the
   * credentials (`authClient.projectId`, or the `x-goog-user-project` they send).
   */
  projectId?: string | null | undefined;
  /**
   * An OAuth access token, sent as is (`Authorization: Bearer <accessToken>`); no google-auth-library
   * is loaded. Or an async provider of tokens, cached until shortly before their expiry.
   */
  accessToken?: string | VertexAccessTokenProvider | null | undefined;
  /** A configured google-auth-library `GoogleAuth` (key file, scopes, …). Not with `authClient`. */
  googleAuth?: GoogleAuthLike | null | undefined;
  /** A google-auth-library `AuthClient` (e.g. `Impersonated`). Not with `googleAuth`. */
  authClient?: GoogleAuthClient | null | undefined;
  /**
   * Default: env `ANTHROPIC_VERTEX_BASE_URL`, else the region's endpoint:
   * `https://{region}-aiplatform.googleapis.com/v1`, `https://aiplatform.googleapis.com/v1` for
   * `global`, `https://aiplatform.{us,eu}.rep.googleapis.com/v1` for `us` and `eu`.
   */
  baseURL?: string | null | undefined;
}
