import { ERROR_KIND } from './anthropic-error.js';
import { APIError } from './api-error.js';

// One class per status the API uses (spec api-2026-10-21 §4.1). A finer reason within a status is
// `errorCode`, a field, not a class of its own.

/** 400: the request was malformed (`invalid_request_error`). */
export class BadRequestError extends APIError {
  override get [ERROR_KIND](): string {
    return 'BadRequestError';
  }
}
/** 401: missing or invalid credentials (`authentication_error`). */
export class AuthenticationError extends APIError {
  override get [ERROR_KIND](): string {
    return 'AuthenticationError';
  }
}
/** 402: a billing problem (`billing_error`), e.g. a spend limit reached. */
export class PaymentRequiredError extends APIError {
  override get [ERROR_KIND](): string {
    return 'PaymentRequiredError';
  }
}
/** 403: the credentials may not use this resource (`permission_error`). */
export class PermissionDeniedError extends APIError {
  override get [ERROR_KIND](): string {
    return 'PermissionDeniedError';
  }
}
/** 404: no such resource (`not_found_error`). */
export class NotFoundError extends APIError {
  override get [ERROR_KIND](): string {
    return 'NotFoundError';
  }
}
/** 408: the server gave up waiting for the request; retried automatically. */
export class RequestTimeoutError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RequestTimeoutError';
  }
}
/** 409: conflicting state or lock timeout; retried automatically. */
export class ConflictError extends APIError {
  override get [ERROR_KIND](): string {
    return 'ConflictError';
  }
}
/** 412: a precondition of the request (e.g. a resource version) does not hold. */
export class PreconditionFailedError extends APIError {
  override get [ERROR_KIND](): string {
    return 'PreconditionFailedError';
  }
}
/** 413: the request body exceeds the API's size limit (`request_too_large`). Also exported as `ContentTooLargeError`. */
export class RequestTooLargeError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RequestTooLargeError';
  }
}
/** 422: the request was well formed but could not be processed. */
export class UnprocessableEntityError extends APIError {
  override get [ERROR_KIND](): string {
    return 'UnprocessableEntityError';
  }
}
/** 429: rate limited (`rate_limit_error`); retried automatically, honouring `retry-after`. */
export class RateLimitError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RateLimitError';
  }
}
/** 431: the request's headers are too large. */
export class RequestHeaderFieldsTooLargeError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RequestHeaderFieldsTooLargeError';
  }
}
/** 499: the request was closed before the server answered. */
export class ClientClosedRequestError extends APIError {
  override get [ERROR_KIND](): string {
    return 'ClientClosedRequestError';
  }
}
/** Any status ≥ 500 (`api_error`); retried automatically. */
export class InternalServerError extends APIError {
  override get [ERROR_KIND](): string {
    return 'InternalServerError';
  }
}
/** 501: the server does not implement what was asked. */
export class NotImplementedError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'NotImplementedError';
  }
}
/** 503: the service is unavailable; retried automatically. */
export class ServiceUnavailableError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'ServiceUnavailableError';
  }
}
/** 504: the API timed out (`timeout_error`); retried automatically. Also exported as `GatewayTimeoutError`. */
export class DeadlineExceededError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'DeadlineExceededError';
  }
}
/** 529: the API is temporarily overloaded (`overloaded_error`); retried automatically. */
export class OverloadedError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'OverloadedError';
  }
}
