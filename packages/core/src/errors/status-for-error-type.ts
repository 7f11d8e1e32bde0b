/**
 * The HTTP status the API uses for each `error.type`, so an SSE `error` event maps like an HTTP error
 * (and an error before any content is retried like its status).
 *
 * @example
 * statusForErrorType('overloaded_error'); // 529
 */
export function statusForErrorType(type: string | null | undefined): number | undefined {
  const table: Record<string, number> = {
    invalid_request_error: 400,
    authentication_error: 401,
    billing_error: 402,
    permission_error: 403,
    not_found_error: 404,
    request_too_large: 413,
    rate_limit_error: 429,
    api_error: 500,
    timeout_error: 504,
    overloaded_error: 529,
  };
  return type ? table[type] : undefined;
}
