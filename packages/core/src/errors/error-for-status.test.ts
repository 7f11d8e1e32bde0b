import { describe, expect, it } from 'vitest';
import { AnthropicError } from './anthropic-error.js';
import { APIError } from './api-error.js';
import { errorForEventType, errorForStatus, statusForErrorType } from './error-for-status.js';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ClientClosedRequestError,
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

describe('errorForStatus', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, PaymentRequiredError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [408, RequestTimeoutError],
    [409, ConflictError],
    [412, PreconditionFailedError],
    [413, RequestTooLargeError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [431, RequestHeaderFieldsTooLargeError],
    [499, ClientClosedRequestError],
    [500, InternalServerError],
    [501, NotImplementedError],
    [502, InternalServerError],
    [503, ServiceUnavailableError],
    [504, DeadlineExceededError],
    [529, OverloadedError],
    [599, InternalServerError],
  ])('maps %i to %o', (status, ErrorClass) => {
    const error = errorForStatus({ status });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.constructor).toBe(ErrorClass);
    expect(error.status).toBe(status);
  });

  it.each([405, 418, 451])('maps an unlisted 4xx (%i) to a bare APIError', (status) => {
    const error = errorForStatus({ status });
    expect(error.constructor).toBe(APIError);
    expect(error.name).toBe('APIError');
  });

  it('puts 501, 503, 504 and 529 under InternalServerError, and nothing else under it', () => {
    expect(errorForStatus({ status: 501 })).toBeInstanceOf(InternalServerError);
    expect(errorForStatus({ status: 499 })).not.toBeInstanceOf(InternalServerError);
    expect(errorForStatus({ status: 529 })).toBeInstanceOf(InternalServerError);
    expect(errorForStatus({ status: 503 })).toBeInstanceOf(InternalServerError);
    expect(errorForStatus({ status: 504 })).toBeInstanceOf(InternalServerError);
    expect(errorForStatus({ status: 529 })).not.toBeInstanceOf(ServiceUnavailableError);
    expect(errorForStatus({ status: 429 })).not.toBeInstanceOf(InternalServerError);
    expect(errorForStatus({ status: 500 })).not.toBeInstanceOf(OverloadedError);
  });
});

describe('statusForErrorType / errorForEventType', () => {
  it.each([
    ['invalid_request_error', 400, BadRequestError],
    ['authentication_error', 401, AuthenticationError],
    ['billing_error', 402, PaymentRequiredError],
    ['permission_error', 403, PermissionDeniedError],
    ['not_found_error', 404, NotFoundError],
    ['request_too_large', 413, RequestTooLargeError],
    ['rate_limit_error', 429, RateLimitError],
    ['api_error', 500, InternalServerError],
    ['timeout_error', 504, DeadlineExceededError],
    ['overloaded_error', 529, OverloadedError],
  ])('maps %s to %i and its class', (type, status, ErrorClass) => {
    expect(statusForErrorType(type)).toBe(status);
    const error = errorForEventType({ type, error: { type: 'error', error: { type, message: 'from the stream' } } });
    expect(error.constructor).toBe(ErrorClass);
    expect(error.status).toBeUndefined();
    expect(error.type).toBe(type);
    expect(error.message).toBe('from the stream');
  });

  it('maps an unknown event type to a bare APIError, never [object Object]', () => {
    expect(statusForErrorType('brand_new_error')).toBeUndefined();
    expect(statusForErrorType(null)).toBeUndefined();
    const error = errorForEventType({
      type: 'brand_new_error',
      error: { type: 'error', error: { type: 'brand_new_error', message: 'hm' } },
    });
    expect(error.constructor).toBe(APIError);
    expect(error.message).toBe('hm');
  });
});
