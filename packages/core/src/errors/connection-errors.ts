import { ERROR_KIND } from './anthropic-error.js';
import { APIError } from './api-error.js';

/**
 * The API could not be reached, or the connection broke (DNS, refused, reset, a stream cut short).
 * The underlying error is kept as `cause`.
 */
export class APIConnectionError extends APIError {
  override get [ERROR_KIND](): string {
    return 'APIConnectionError';
  }
  constructor(init: { message?: string; cause?: unknown } = {}) {
    super({ message: init.message ?? 'Connection error.', cause: init.cause });
  }
}

/** No response headers arrived within `timeout` (after every retry). */
export class APIConnectionTimeoutError extends APIConnectionError {
  override get [ERROR_KIND](): string {
    return 'APIConnectionTimeoutError';
  }
  constructor(init: { message?: string; cause?: unknown } = {}) {
    super({ message: init.message ?? 'Request timed out.', cause: init.cause });
  }
}

/** The caller aborted the request (its `signal`, `stream.abort()` or `controller.abort()`). */
export class APIUserAbortError extends APIError {
  override get [ERROR_KIND](): string {
    return 'APIUserAbortError';
  }
  constructor(init: { message?: string; cause?: unknown } = {}) {
    super({ message: init.message ?? 'Request was aborted.', cause: init.cause });
  }
}
