import { describe, expect, it } from 'vitest';
import { APIError } from './api-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './connection-errors.js';
import { StreamIdleTimeoutError } from './stream-idle-timeout-error.js';

const body = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: 'req_in_body' };

describe('APIError', () => {
  it('reads status, headers, type, requestID and workspaceID', () => {
    const headers = new Headers({ 'request-id': 'req_header', 'anthropic-workspace-id': 'wrk_1' });
    const error = new APIError({ status: 529, headers, error: body });
    expect(error.status).toBe(529);
    expect(error.headers).toBe(headers);
    expect(error.type).toBe('overloaded_error');
    expect(error.requestID).toBe('req_header');
    expect(error.workspaceID).toBe('wrk_1');
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('keeps the whole body in .error, not body.error', () => {
    expect(new APIError({ status: 529, error: body }).error).toBe(body);
  });

  it('falls back to the body request_id when the header is missing', () => {
    expect(new APIError({ status: 529, headers: new Headers(), error: body }).requestID).toBe('req_in_body');
    expect(new APIError({ status: 500, headers: new Headers(), error: 'text' }).requestID).toBeNull();
  });

  it("falls back to Bedrock's x-amzn-requestid header, which request-id still beats", () => {
    const bedrockBody = { message: 'The security token included in the request is expired' };
    const amazonId = 'a1b2c3d4-5678-90ab-cdef-1234567890ab';
    expect(
      new APIError({ status: 403, headers: new Headers({ 'x-amzn-requestid': amazonId }), error: bedrockBody })
        .requestID,
    ).toBe(amazonId);
    expect(
      new APIError({ status: 529, headers: new Headers({ 'x-amzn-requestid': amazonId }), error: body }).requestID,
    ).toBe(amazonId);
    expect(
      new APIError({
        status: 529,
        headers: new Headers({ 'x-amzn-requestid': amazonId, 'request-id': 'req_header' }),
        error: body,
      }).requestID,
    ).toBe('req_header');
  });

  it.each([
    ['error.message of a well-formed body', 529, body, '529 Overloaded'],
    ['a top-level message', 400, { message: 'top level' }, '400 top level'],
    ['JSON of a body without a message', 400, { detail: { code: 7 } }, '400 {"detail":{"code":7}}'],
    ['JSON when error is a string', 400, { error: 'flat' }, '400 {"error":"flat"}'],
    ['raw text of a non-JSON body', 502, 'Bad Gateway', '502 Bad Gateway'],
    ['"(no body)" for an empty body', 500, undefined, '500 status code (no body)'],
    ['"(no body)" for an empty string', 500, '', '500 status code (no body)'],
    ['no status prefix without a status', undefined, body, 'Overloaded'],
    ['a placeholder without status or body', undefined, undefined, 'Unknown API error'],
  ])('message uses %s', (_label, status, error, message) => {
    const built = new APIError({ status, error });
    expect(built.message).toBe(message);
    expect(built.message).not.toContain('[object Object]');
  });

  it('never stringifies to [object Object] even for an object message field', () => {
    const error = new APIError({ status: 400, error: { error: { message: { nested: true } } } });
    expect(error.message).toBe('400 {"error":{"message":{"nested":true}}}');
  });

  it('survives a body that cannot be serialised', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(new APIError({ status: 400, error: circular }).message).toBe('400 [object Object]');
  });

  it('prefers an explicit message and type, and keeps retryAfterMs and cause', () => {
    const cause = new Error('root');
    const error = new APIError({
      status: 429,
      error: body,
      message: 'custom',
      type: 'rate_limit_error',
      retryAfterMs: 1234,
      cause,
    });
    expect(error.message).toBe('custom');
    expect(error.type).toBe('rate_limit_error');
    expect(error.retryAfterMs).toBe(1234);
    expect(error.cause).toBe(cause);
  });

  it('has a useful stack and toString', () => {
    const error = new APIError({ status: 404, error: { error: { message: 'gone' } } });
    expect(String(error)).toBe('APIError: 404 gone');
    expect(error.stack).toContain('APIError: 404 gone');
  });
});

describe('connection errors', () => {
  it('have the documented default messages, no status, and keep the cause', () => {
    const cause = new TypeError('fetch failed');
    const connection = new APIConnectionError({ cause });
    expect(connection.message).toBe('Connection error.');
    expect(connection.cause).toBe(cause);
    expect(connection.status).toBeUndefined();
    expect(connection.requestID).toBeNull();
    expect(new APIConnectionTimeoutError().message).toBe('Request timed out.');
    expect(new APIUserAbortError().message).toBe('Request was aborted.');
  });

  it('form the documented hierarchy', () => {
    const idle = new StreamIdleTimeoutError({ idleTimeout: 1000 });
    expect(idle).toBeInstanceOf(APIConnectionTimeoutError);
    expect(idle).toBeInstanceOf(APIConnectionError);
    expect(idle).toBeInstanceOf(APIError);
    expect(idle.idleTimeout).toBe(1000);
    expect(idle.message).toMatch(/1000ms/);
    expect(new APIUserAbortError()).toBeInstanceOf(APIError);
    expect(new APIUserAbortError()).not.toBeInstanceOf(APIConnectionError);
    expect(new APIConnectionError()).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(new APIConnectionTimeoutError().name).toBe('APIConnectionTimeoutError');
  });
});

describe('APIError: errorCode, details and apiMessage (API version 2026-10-21)', () => {
  it('reads error.details.error_code, error.details and error.message from the body', () => {
    const error = new APIError({
      status: 400,
      error: {
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message: 'image too large',
          details: { error_code: 'image_dimensions_too_large', max_side_length_pixels: 8000, paths: ['messages.0'] },
        },
        request_id: 'req_1',
      },
    });
    expect(error.errorCode).toBe('image_dimensions_too_large');
    expect(error.details).toEqual({
      error_code: 'image_dimensions_too_large',
      max_side_length_pixels: 8000,
      paths: ['messages.0'],
    });
    expect(error.apiMessage).toBe('image too large');
    expect(error.message).toBe('400 image too large');
  });

  it('is null where the body has none, or has something else than a string code', () => {
    for (const body of [
      undefined,
      'Bad Gateway',
      { error: { type: 'api_error' } },
      { error: { details: { error_code: 7 } } },
    ]) {
      const error = new APIError({ status: 502, error: body });
      expect(error.errorCode).toBeNull();
      expect(error.apiMessage).toBeNull();
    }
    expect(new APIError({ status: 502, error: { error: { details: { error_code: 7 } } } }).details).toEqual({
      error_code: 7,
    });
  });

  it('exports the official 1.x names as the same classes', async () => {
    const core = await import('../index.js');
    expect(core.ContentTooLargeError).toBe(core.RequestTooLargeError);
    expect(core.GatewayTimeoutError).toBe(core.DeadlineExceededError);
  });
});
