import { ERROR_KIND } from './anthropic-error.js';
import { APIError } from './api-error.js';

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
/** 409: conflicting state or lock timeout; retried automatically. */
export class ConflictError extends APIError {
  override get [ERROR_KIND](): string {
    return 'ConflictError';
  }
}
/** 413: the request body exceeds the API's size limit (`request_too_large`). */
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
/** Any status ≥ 500 (`api_error`); retried automatically. */
export class InternalServerError extends APIError {
  override get [ERROR_KIND](): string {
    return 'InternalServerError';
  }
}
/** 503: the service is unavailable; retried automatically. */
export class ServiceUnavailableError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'ServiceUnavailableError';
  }
}
/** 504: the API timed out (`timeout_error`); retried automatically. */
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
