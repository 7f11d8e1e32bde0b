export { AnthropicError } from './anthropic-error.js';
export { APIError, type APIErrorInit } from './api-error.js';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  DeadlineExceededError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
  RequestTooLargeError,
  ServiceUnavailableError,
  UnprocessableEntityError,
} from './status-errors.js';
export { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, StreamIdleTimeoutError } from './connection-errors.js';
export { errorForEventType, errorForStatus, statusForErrorType } from './error-for-status.js';
