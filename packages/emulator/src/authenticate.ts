import type { ResolvedEmulatorOptions } from './resolve-options.js';

/**
 * Checks credentials like the API: a known `x-api-key`, or a known `Authorization: Bearer` value,
 * which under API version 2026-10-21 is an API key or an auth token alike. Both headers may be sent;
 * one valid credential is enough.
 * Returns the API's 401 message, or undefined when the request may proceed.
 *
 * @example
 * authenticate(request.headers, options); // 'x-api-key header is required'
 */
export function authenticate(headers: Headers, options: ResolvedEmulatorOptions): string | undefined {
  if (!options.requireAuth) return undefined;
  const apiKey = headers.get('x-api-key');
  const authorization = headers.get('authorization');
  if (apiKey === null && authorization === null) return 'x-api-key header is required';
  if (apiKey !== null && options.apiKeys.includes(apiKey)) return undefined;
  const bearerToken = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearerToken !== undefined && (options.authTokens.includes(bearerToken) || options.apiKeys.includes(bearerToken)))
    return undefined;
  // A key sent as a Bearer value (2026-10-21) is reported as a key: the API tells keys by their prefix (a guess).
  return apiKey !== null || bearerToken?.startsWith('sk-') ? 'invalid x-api-key' : 'Invalid bearer token';
}
