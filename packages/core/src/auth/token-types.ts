/**
 * A token and, when known, the moment it stops working.
 *
 * @example
 * const token: ExpiringToken = { token: 'ya29.a0…', expiresAt: Date.now() + 3_600_000 };
 */
export interface ExpiringToken {
  /** The credential as it is sent, e.g. a bearer token. */
  token: string;
  /** When the token expires, in ms since the epoch. Omitted when unknown: the token is then not cached. */
  expiresAt?: number | undefined;
}

/**
 * A user's source of tokens. A plain string means "expiry unknown".
 *
 * @example
 * const provider: TokenProvider = async () => ({ token: await mint(), expiresAt: Date.now() + 3_600_000 });
 */
export type TokenProvider = () => Promise<string | ExpiringToken> | string | ExpiringToken;
