import { ERROR_KIND } from './anthropic-error.js';
import { APIError } from './api-error.js';

// One class per status the API uses (spec api-2026-10-21 §4.1). A finer reason within a status is
// `errorCode`, a field, not a class of its own.

/**
 * 400: the request was malformed (`invalid_request_error`). `errorCode` names a finer cause when the
 * API gives one.
 *
 * @example
 * catch (error) {
 *   if (error instanceof BadRequestError && error.errorCode === 'tool_name_conflict') renameTools();
 *   else if (error instanceof BadRequestError) console.error(error.apiMessage); // "messages.0.content: Field required"
 * }
 */
export class BadRequestError extends APIError {
  override get [ERROR_KIND](): string {
    return 'BadRequestError';
  }
}
/**
 * 401: missing or invalid credentials (`authentication_error`). A `credentials` provider is asked for
 * a fresh token once before this is thrown.
 *
 * @example
 * catch (error) {
 *   if (error instanceof AuthenticationError) console.error('check ANTHROPIC_API_KEY:', error.apiMessage);
 * }
 */
export class AuthenticationError extends APIError {
  override get [ERROR_KIND](): string {
    return 'AuthenticationError';
  }
}
/**
 * 402: a billing problem (`billing_error`), e.g. a spend limit reached.
 *
 * @example
 * catch (error) {
 *   if (error instanceof PaymentRequiredError) alertBilling(error.errorCode); // e.g. 'linked_organization_spend_limit_reached'
 * }
 */
export class PaymentRequiredError extends APIError {
  override get [ERROR_KIND](): string {
    return 'PaymentRequiredError';
  }
}
/**
 * 403: the credentials may not use this resource (`permission_error`).
 *
 * @example
 * catch (error) {
 *   if (error instanceof PermissionDeniedError) console.error(`no access (request ${error.requestID})`);
 * }
 */
export class PermissionDeniedError extends APIError {
  override get [ERROR_KIND](): string {
    return 'PermissionDeniedError';
  }
}
/**
 * 404: no such resource (`not_found_error`): an unknown model, file, batch, ….
 *
 * @example
 * const model = await retrieveModel(client, 'claude-opus-4-6').catch((error) => {
 *   if (error instanceof NotFoundError) return undefined; // not available to this key
 *   throw error;
 * });
 */
export class NotFoundError extends APIError {
  override get [ERROR_KIND](): string {
    return 'NotFoundError';
  }
}
/**
 * 408: the server gave up waiting for the request; retried automatically.
 *
 * @example
 * catch (error) {
 *   if (error instanceof RequestTimeoutError) console.warn('gave up after retries:', error.requestID);
 * }
 */
export class RequestTimeoutError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RequestTimeoutError';
  }
}
/**
 * 409: conflicting state or lock timeout; retried automatically.
 *
 * @example
 * catch (error) {
 *   if (error instanceof ConflictError) await retryLater(); // still conflicting after `maxRetries`
 * }
 */
export class ConflictError extends APIError {
  override get [ERROR_KIND](): string {
    return 'ConflictError';
  }
}
/**
 * 412: a precondition of the request (e.g. a resource version) does not hold.
 *
 * @example
 * catch (error) {
 *   if (error instanceof PreconditionFailedError) await reloadAndRetry();
 * }
 */
export class PreconditionFailedError extends APIError {
  override get [ERROR_KIND](): string {
    return 'PreconditionFailedError';
  }
}
/**
 * 413: the request body exceeds the API's size limit (`request_too_large`). Also exported as
 * `ContentTooLargeError`.
 *
 * @example
 * catch (error) {
 *   if (error instanceof RequestTooLargeError) await uploadTheDocumentAsAFileInstead();
 * }
 */
export class RequestTooLargeError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RequestTooLargeError';
  }
}
/**
 * 422: the request was well formed but could not be processed.
 *
 * @example
 * catch (error) {
 *   if (error instanceof UnprocessableEntityError) console.error(error.apiMessage, error.details);
 * }
 */
export class UnprocessableEntityError extends APIError {
  override get [ERROR_KIND](): string {
    return 'UnprocessableEntityError';
  }
}
/**
 * 429: rate limited (`rate_limit_error`); retried automatically, honouring `retry-after`. Thrown
 * once `maxRetries` are spent, or at once when the server asks for a wait above `maxRetryDelay`.
 *
 * @example
 * catch (error) {
 *   if (error instanceof RateLimitError && error.errorCode === 'enforced_spend_limit_reached') notifyAdmins();
 *   else if (error instanceof RateLimitError) console.warn('slow down; retry after', error.headers?.get('retry-after'));
 * }
 */
export class RateLimitError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RateLimitError';
  }
}
/**
 * 431: the request's headers are too large.
 *
 * @example
 * catch (error) {
 *   if (error instanceof RequestHeaderFieldsTooLargeError) console.error('trim defaultHeaders');
 * }
 */
export class RequestHeaderFieldsTooLargeError extends APIError {
  override get [ERROR_KIND](): string {
    return 'RequestHeaderFieldsTooLargeError';
  }
}
/**
 * 499: the request was closed before the server answered.
 *
 * @example
 * catch (error) {
 *   if (error instanceof ClientClosedRequestError) console.warn('closed early, request', error.requestID);
 * }
 */
export class ClientClosedRequestError extends APIError {
  override get [ERROR_KIND](): string {
    return 'ClientClosedRequestError';
  }
}
/**
 * Any status ≥ 500 (`api_error`); retried automatically. The 501, 503, 504 and 529 classes extend it,
 * so one check covers every server-side failure.
 *
 * @example
 * catch (error) {
 *   if (error instanceof InternalServerError) console.error(`server error ${error.status}, request ${error.requestID}`);
 * }
 */
export class InternalServerError extends APIError {
  override get [ERROR_KIND](): string {
    return 'InternalServerError';
  }
}
/**
 * 501: the server does not implement what was asked.
 *
 * @example
 * catch (error) {
 *   if (error instanceof NotImplementedError) console.error(error.apiMessage);
 * }
 */
export class NotImplementedError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'NotImplementedError';
  }
}
/**
 * 503: the service is unavailable; retried automatically.
 *
 * @example
 * catch (error) {
 *   if (error instanceof ServiceUnavailableError) await sleep(30_000); // still down after the retries
 * }
 */
export class ServiceUnavailableError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'ServiceUnavailableError';
  }
}
/**
 * 504: the API timed out (`timeout_error`); retried automatically. Also exported as
 * `GatewayTimeoutError`.
 *
 * @example
 * catch (error) {
 *   if (error instanceof DeadlineExceededError) await streamInstead(); // long requests fare better streamed
 * }
 */
export class DeadlineExceededError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'DeadlineExceededError';
  }
}
/**
 * 529: the API is temporarily overloaded (`overloaded_error`); retried automatically. Also thrown
 * by a stream whose `error` event says `overloaded_error`.
 *
 * @example
 * catch (error) {
 *   if (error instanceof OverloadedError) return fallbackAnswer();
 * }
 */
export class OverloadedError extends InternalServerError {
  override get [ERROR_KIND](): string {
    return 'OverloadedError';
  }
}
