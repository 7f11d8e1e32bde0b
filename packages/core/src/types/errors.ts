/**
 * Wire shapes of API error bodies (`{ type: "error", error, request_id }`), as sent with
 * non-2xx responses, in SSE `error` events and in errored batch results. The error
 * classes themselves live in `src/errors`. Object interfaces carry an `Object` suffix so
 * they never clash with the error class names (`RateLimitError`, …).
 */

/** Error types the API documents (413 `request_too_large` is not in the SDK's list). */
export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'timeout_error'
  | 'overloaded_error'
  | 'api_error'
  | 'billing_error';

/** 400: the request was malformed or invalid. */
export interface InvalidRequestErrorObject {
  message: string;

  type: 'invalid_request_error';
}

/** 401: the API key or token is missing or invalid. */
export interface AuthenticationErrorObject {
  message: string;

  type: 'authentication_error';
}

/** 402: a billing problem. */
export interface BillingErrorObject {
  message: string;

  type: 'billing_error';
}

/** 403: the credential may not use this resource. */
export interface PermissionErrorObject {
  message: string;

  type: 'permission_error';
}

/** 404: the resource does not exist. */
export interface NotFoundErrorObject {
  message: string;

  type: 'not_found_error';
}

/** 429: rate limited. */
export interface RateLimitErrorObject {
  message: string;

  type: 'rate_limit_error';
}

/** 504: the request timed out upstream. */
export interface GatewayTimeoutErrorObject {
  message: string;

  type: 'timeout_error';
}

/** 500: an unexpected internal error. */
export interface APIErrorObject {
  message: string;

  type: 'api_error';
}

/** 529: the API is temporarily overloaded. */
export interface OverloadedErrorObject {
  message: string;

  type: 'overloaded_error';
}

/** The `error` member of an error body, discriminated on `type`. */
export type ErrorObject =
  | InvalidRequestErrorObject
  | AuthenticationErrorObject
  | BillingErrorObject
  | PermissionErrorObject
  | NotFoundErrorObject
  | RateLimitErrorObject
  | GatewayTimeoutErrorObject
  | APIErrorObject
  | OverloadedErrorObject;

/**
 * A JSON error body. Proxies may return non-JSON bodies instead, so never assume this
 * shape without checking.
 *
 * @example
 * ```json
 * { "type": "error", "error": { "type": "overloaded_error", "message": "Overloaded" }, "request_id": "req_018…" }
 * ```
 */
export interface ErrorResponse {
  error: ErrorObject;

  /** The request id (also in the `request-id` response header), or `null`. */
  request_id: string | null;

  type: 'error';
}
