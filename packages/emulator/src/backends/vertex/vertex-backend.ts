import type { Route } from '../../route-table.js';
import type { BackendContext, BackendRequest, EmulatorBackend } from '../emulator-backend.js';
import { createGoogleErrorResponse } from './google-error.js';
import { createOAuthTokenEndpoint } from './oauth-token-endpoint.js';
import { vertexCountTokens, vertexPredict } from './vertex-predict.js';

const MODEL_PATH = String.raw`^\/v1\/projects\/(?<project>[^/]+)\/locations\/(?<location>[^/]+)\/publishers\/anthropic\/models\/`;
const TOKEN_PATH = '/token';
const CREDENTIALS_HELP =
  'Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

/**
 * Google Vertex AI in front of the emulated API. URL layout:
 * `/v1/projects/{project}/locations/{location}/publishers/anthropic/models/{model}:rawPredict` and
 * `:streamRawPredict` (SSE), `…/models/count-tokens:rawPredict`, plus `POST /token` (an OAuth token
 * endpoint for google-auth-library). Auth: `Authorization: Bearer <token>` only (an `x-api-key` is
 * ignored, as Google does); accepted tokens are `authTokens` and the ones `/token` issued. Errors of
 * the Google front end (auth, routing, query) have Google's shape; the model's have Anthropic's.
 *
 * @example
 * const emulator = createEmulatorFetch({ backend: 'vertex', authTokens: ['ya29.test'] });
 */
export function createVertexBackend(context: BackendContext): EmulatorBackend {
  const issuedTokens = new Set<string>();
  const routes: Route[] = [
    { pattern: new RegExp(`${MODEL_PATH}count-tokens:rawPredict$`), methods: { POST: vertexCountTokens } },
    {
      pattern: new RegExp(`${MODEL_PATH}(?<model>[^/:]+):(?<method>rawPredict|streamRawPredict)$`),
      methods: { POST: vertexPredict },
    },
    { pattern: /^\/token$/, methods: { POST: createOAuthTokenEndpoint(issuedTokens) } },
  ];
  return {
    routes,
    requiresVersionHeader: false,
    authenticate: ({ recorded }: BackendRequest) => {
      if (recorded.path === TOKEN_PATH || !context.options.requireAuth) return undefined;
      const token = /^Bearer\s+(.+)$/i.exec(recorded.headers.get('authorization') ?? '')?.[1];
      if (token === undefined) {
        return createGoogleErrorResponse({
          status: 401,
          message: `Request is missing required authentication credential. ${CREDENTIALS_HELP}`,
          reason: 'CREDENTIALS_MISSING',
        });
      }
      if (context.isExpired(token)) {
        return createGoogleErrorResponse({
          status: 401,
          message: `Request had invalid authentication credentials. ${CREDENTIALS_HELP}`,
          reason: 'ACCESS_TOKEN_EXPIRED',
        });
      }
      if (!context.options.authTokens.includes(token) && !issuedTokens.has(token)) {
        return createGoogleErrorResponse({
          status: 401,
          message: `Request had invalid authentication credentials. ${CREDENTIALS_HELP}`,
          reason: 'ACCESS_TOKEN_TYPE_UNSUPPORTED',
        });
      }
      return undefined;
    },
  };
}
