import { APIError, type APIErrorInit } from './api-error.js';
import {
  AuthenticationError,
  BadRequestError,
  ClientClosedRequestError,
  ConflictError,
  DeadlineExceededError,
  InternalServerError,
  NotFoundError,
  NotImplementedError,
  OverloadedError,
  PaymentRequiredError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  RequestHeaderFieldsTooLargeError,
  RequestTimeoutError,
  RequestTooLargeError,
  ServiceUnavailableError,
  UnprocessableEntityError,
} from './status-errors.js';
import { statusForErrorType } from './status-for-error-type.js';

export { statusForErrorType };

type APIErrorClass = new (init: APIErrorInit) => APIError;

function classForStatus(status: number | undefined): APIErrorClass {
  const table: Record<number, APIErrorClass> = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    412: PreconditionFailedError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    431: RequestHeaderFieldsTooLargeError,
    499: ClientClosedRequestError,
    501: NotImplementedError,
    503: ServiceUnavailableError,
    504: DeadlineExceededError,
    529: OverloadedError,
  };
  if (status === undefined) return APIError;
  return table[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/** Builds the {@link APIError} subclass for an HTTP error status (400 → `BadRequestError`, …). */
export function errorForStatus(init: APIErrorInit & { status: number }): APIError {
  return new (classForStatus(init.status))(init);
}

/**
 * Builds the error for an SSE `error` event: the class its `error.type` implies
 * (`overloaded_error` → `OverloadedError`), `status` left undefined as no HTTP status failed.
 */
export function errorForEventType(init: Omit<APIErrorInit, 'status'> & { type: string | null }): APIError {
  return new (classForStatus(statusForErrorType(init.type)))({ ...init, status: undefined });
}
