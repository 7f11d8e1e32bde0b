/**
 * A token and when it stops working, as a {@link AccessTokenProvider} returns it.
 *
 * @example
 * const token: AccessToken = { token: 'sk-ant-oat01-…', expiresAt: Math.floor(Date.now() / 1000) + 3600 };
 */
export interface AccessToken {
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** When the token expires, in seconds since the epoch; `null` when it does not. */
  expiresAt: number | null;
}

/**
 * The `credentials` option: a source of short-lived tokens, shaped as the official SDK 1.x's, so
 * providers written for it carry over. Called with `forceRefresh: true` after the server rejected
 * the cached token (a 401): a provider with a cache of its own must bypass it then.
 *
 * @example
 * const credentials: AccessTokenProvider = async ({ forceRefresh } = {}) => {
 *   const { access_token, expires_in } = await exchange({ skipCache: forceRefresh });
 *   return { token: access_token, expiresAt: Math.floor(Date.now() / 1000) + expires_in };
 * };
 */
export type AccessTokenProvider = (options?: { forceRefresh?: boolean }) => Promise<AccessToken>;
