import { ERROR_KIND } from './anthropic-error.js';
import { APIError } from './api-error.js';

/**
 * The API could not be reached, or the connection broke (DNS, refused, reset, a stream cut short).
 * The underlying error is kept as `cause`. Retried automatically before a request is answered.
 *
 * @example
 * catch (error) {
 *   if (error instanceof APIConnectionError) console.error('network trouble:', error.cause);
 * }
 */
export class APIConnectionError extends APIError {
  override get [ERROR_KIND](): string {
    return 'APIConnectionError';
  }
  constructor(init: { message?: string; cause?: unknown } = {}) {
    super({ message: init.message ?? 'Connection error.', cause: init.cause });
  }
}

/**
 * No response headers arrived within `timeout` (after every retry), or a body took longer than
 * `timeout` to read. Its subclass {@link StreamIdleTimeoutError} is a stream gone silent.
 *
 * @example
 * const quick = client.withOptions({ timeout: 20_000, maxRetries: 0 });
 * await createMessage(quick, params).catch((error) => {
 *   if (error instanceof APIConnectionTimeoutError) return fallbackAnswer();
 *   throw error;
 * });
 */
export class APIConnectionTimeoutError extends APIConnectionError {
  override get [ERROR_KIND](): string {
    return 'APIConnectionTimeoutError';
  }
  constructor(init: { message?: string; cause?: unknown } = {}) {
    super({ message: init.message ?? 'Request timed out.', cause: init.cause });
  }
}

/**
 * The caller aborted the request (its `signal`, `stream.abort()` or `controller.abort()`). Never
 * retried.
 *
 * @example
 * const controller = new AbortController();
 * setTimeout(() => controller.abort(), 5_000);
 * await createMessage(client, params, { signal: controller.signal }).catch((error) => {
 *   if (error instanceof APIUserAbortError) return undefined; // we gave up on purpose
 *   throw error;
 * });
 */
export class APIUserAbortError extends APIError {
  override get [ERROR_KIND](): string {
    return 'APIUserAbortError';
  }
  constructor(init: { message?: string; cause?: unknown } = {}) {
    super({ message: init.message ?? 'Request was aborted.', cause: init.cause });
  }
}
