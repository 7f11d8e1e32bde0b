import { createJsonResponse } from '../../json-response.js';
import type { RouteContext } from '../../route-context.js';

/** Seconds an issued token lives, as Google's token endpoint reports it. */
const TOKEN_LIFETIME_SECONDS = 3599;

// grant_type → the form field that carries the grant.
const GRANT_FIELDS: Record<string, string> = {
  refresh_token: 'refresh_token',
  'urn:ietf:params:oauth:grant-type:jwt-bearer': 'assertion',
};

/**
 * `POST /token`: a stand-in for Google's OAuth token endpoint, so google-auth-library can run its
 * real refresh flow against the emulator (point a credentials file's `token_url` here). Grants
 * `refresh_token` (authorized-user credentials) and the JWT bearer assertion (service accounts);
 * every token it issues is accepted by the Vertex routes until expired with `expireToken()`.
 *
 * @example
 * { pattern: /^\/token$/, methods: { POST: createOAuthTokenEndpoint(issued) } }
 */
export function createOAuthTokenEndpoint(issuedTokens: Set<string>): (context: RouteContext) => Response {
  let issuedCount = 0;
  return (context) => {
    const form = new URLSearchParams(context.recorded.rawBody);
    const grantType = form.get('grant_type') ?? '';
    const grantField = GRANT_FIELDS[grantType];
    if (grantField === undefined)
      return createJsonResponse(
        { error: 'unsupported_grant_type', error_description: `Invalid grant_type: ${grantType}` },
        400,
      );
    if (!form.get(grantField))
      return createJsonResponse(
        { error: 'invalid_request', error_description: `Missing required parameter: ${grantField}` },
        400,
      );
    issuedCount += 1;
    const token = `ya29.emulator-${issuedCount}-${Math.random().toString(36).slice(2, 10)}`;
    issuedTokens.add(token);
    return createJsonResponse({
      access_token: token,
      expires_in: TOKEN_LIFETIME_SECONDS,
      token_type: 'Bearer',
      scope: 'https://www.googleapis.com/auth/cloud-platform',
    });
  };
}
