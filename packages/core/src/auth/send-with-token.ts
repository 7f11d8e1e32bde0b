import type { Logger } from '../logging/logger.js';
import type { CachedToken } from './cached-token.js';

/**
 * Sends one attempt with the current token. When the server answers 401 and the token came from a
 * provider, the token is dropped, a new one fetched, and the attempt sent once more (only once: a
 * second 401 stands). A provider that hands back the very token just rejected gets no resend.
 *
 * `send` is called with the token and must build a fresh `Request` each time (a body is read once).
 *
 * @example
 * const response = await sendWithToken(tokens, (token) => fetch(url, { headers: { authorization: `Bearer ${token}` } }));
 */
export async function sendWithToken(tokens: CachedToken, send: (token: string) => Promise<Response>, logger?: Logger): Promise<Response> {
  const token = await tokens.get();
  const response = await send(token);
  if (response.status !== 401 || !tokens.refreshable) return response;
  tokens.invalidate(token);
  let fresh: string;
  try {
    fresh = await tokens.get();
  } catch (error) {
    await response.body?.cancel().catch(() => {});
    throw error;
  }
  if (fresh === token) return response;
  logger?.info('401 with a cached token: fetched a new token, resending once');
  // The rejected response's body is not needed; release its connection before resending.
  await response.body?.cancel().catch(() => {});
  return send(fresh);
}
