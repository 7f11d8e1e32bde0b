import { createJsonResponse } from './json-response.js';

type ErrorDefault = { type: string; message: string };

// Status → error body defaults, as the API sends them (wire.md §7.1). A table, not an if chain,
// so adding a status is one line.
const ERROR_DEFAULTS_BY_STATUS: Record<number, ErrorDefault> = {
  400: { type: 'invalid_request_error', message: 'Invalid request' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  402: { type: 'billing_error', message: 'Your credit balance is too low to access the Anthropic API.' },
  403: { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' },
  404: { type: 'not_found_error', message: 'Not Found' },
  405: { type: 'invalid_request_error', message: 'Method Not Allowed' },
  408: { type: 'timeout_error', message: 'Request timeout' },
  409: { type: 'invalid_request_error', message: 'Conflict' },
  413: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  422: { type: 'invalid_request_error', message: 'Unprocessable entity' },
  429: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' },
  500: { type: 'api_error', message: 'Internal server error' },
  502: { type: 'api_error', message: 'Bad gateway' },
  503: { type: 'api_error', message: 'Service unavailable' },
  504: { type: 'timeout_error', message: 'Request timeout' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

/**
 * The error type and message the API sends for a status.
 *
 * @example
 * getErrorDefaults(529); // { type: 'overloaded_error', message: 'Overloaded' }
 */
export function getErrorDefaults(status: number): ErrorDefault {
  const known = ERROR_DEFAULTS_BY_STATUS[status];
  if (known) return known;
  return status >= 500
    ? { type: 'api_error', message: 'Internal server error' }
    : { type: 'invalid_request_error', message: 'Invalid request' };
}

/**
 * The status the API uses for an error type (first match in the table), 500 when unknown.
 *
 * @example
 * getStatusForErrorType('overloaded_error'); // 529
 */
export function getStatusForErrorType(errorType: string): number {
  for (const [status, defaults] of Object.entries(ERROR_DEFAULTS_BY_STATUS)) {
    if (defaults.type === errorType) return Number(status);
  }
  return 500;
}

/**
 * The API's error body: `{ type: 'error', error: { type, message, details? }, request_id }`. `details`
 * (e.g. `{ error_code: 'thread_not_found' }`) says which specific error it is.
 *
 * @example
 * createErrorBody('req_123', 'overloaded_error', 'Overloaded');
 */
export function createErrorBody(
  requestId: string,
  errorType: string,
  message: string,
  details?: Record<string, unknown>,
): ErrorBody {
  const error = details === undefined ? { type: errorType, message } : { type: errorType, message, details };
  return { type: 'error', error, request_id: requestId };
}

/** The JSON body of every API error response. */
export interface ErrorBody {
  type: 'error';
  error: { type: string; message: string; details?: Record<string, unknown> };
  request_id: string;
}

/**
 * An error response with the API's body for the status; type and message default from the status.
 *
 * @example
 * return createErrorResponse({ requestId, status: 400, message: 'max_tokens: Field required' });
 * return createErrorResponse({ requestId, status: 404, message: 'model: claude-x' });
 */
export function createErrorResponse(error: {
  requestId: string;
  status: number;
  message?: string | undefined;
  errorType?: string | undefined;
  details?: Record<string, unknown> | undefined;
  headers?: HeadersInit | undefined;
}): Response {
  const defaults = getErrorDefaults(error.status);
  const body = createErrorBody(
    error.requestId,
    error.errorType ?? defaults.type,
    error.message ?? defaults.message,
    error.details,
  );
  return createJsonResponse(body, error.status, error.headers);
}
