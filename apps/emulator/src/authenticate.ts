import type { ResolvedEmulatorOptions } from './resolve-options.js';

/**
 * Checks credentials like the API: a known `x-api-key`, or a known `Authorization: Bearer` token.
 * Both headers may be sent (the SDKs do when both are configured); one valid credential is enough.
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
  if (bearerToken !== undefined && options.authTokens.includes(bearerToken)) return undefined;
  return apiKey !== null ? 'invalid x-api-key' : 'Invalid bearer token';
}
