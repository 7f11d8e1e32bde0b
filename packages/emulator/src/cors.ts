// Every header an SDK may send. Listed instead of echoing the preflight's request, so a browser test
// fails here when the SDK starts sending a header the real API would not allow either.
const ALLOWED_REQUEST_HEADERS = [
  'accept',
  'anthropic-version',
  'anthropic-beta',
  'anthropic-dangerous-direct-browser-access',
  'anthropic-user-profile-id',
  'authorization',
  'content-type',
  'x-api-key',
  'x-stainless-arch',
  'x-stainless-async',
  'x-stainless-helper',
  'x-stainless-helper-method',
  'x-stainless-lang',
  'x-stainless-os',
  'x-stainless-package-version',
  'x-stainless-raw-response',
  'x-stainless-read-timeout',
  'x-stainless-retry-count',
  'x-stainless-runtime',
  'x-stainless-runtime-version',
  'x-stainless-stream-helper',
  'x-stainless-timeout',
];

// Response headers browser code may read (SDK errors and retries look at these).
const EXPOSED_RESPONSE_HEADERS = [
  'request-id',
  'anthropic-workspace-id',
  'retry-after',
  'retry-after-ms',
  'x-should-retry',
  'anthropic-ratelimit-requests-limit',
  'anthropic-ratelimit-requests-remaining',
  'anthropic-ratelimit-requests-reset',
  'anthropic-ratelimit-tokens-limit',
  'anthropic-ratelimit-tokens-remaining',
  'anthropic-ratelimit-tokens-reset',
];

/**
 * Adds the CORS headers every response carries.
 *
 * @example
 * addCorsHeaders(headers);
 */
export function addCorsHeaders(headers: Headers): void {
  headers.set('access-control-allow-origin', '*');
  headers.set('access-control-expose-headers', EXPOSED_RESPONSE_HEADERS.join(', '));
}

/**
 * The answer to a CORS preflight (`OPTIONS` with `access-control-request-method`).
 *
 * @example
 * if (isCorsPreflight(request)) return createPreflightResponse();
 */
export function createPreflightResponse(): Response {
  const headers = new Headers({
    'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    'access-control-allow-headers': ALLOWED_REQUEST_HEADERS.join(', '),
    'access-control-max-age': '86400',
  });
  return new Response(null, { status: 204, headers });
}

/** True for a browser preflight; a bare OPTIONS without it is treated like any other method. */
export function isCorsPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('access-control-request-method');
}
