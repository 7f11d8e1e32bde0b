import { AnthropicError, ERROR_KIND } from './anthropic-error.js';
import type { ErrorCode } from './error-codes.js';

/** Everything an {@link APIError} can be built from; every field is optional. */
export interface APIErrorInit {
  /** HTTP status; `undefined` for connection errors and SSE `error` events. */
  status?: number | undefined;
  /** Response headers (rate-limit state lives here). */
  headers?: Headers | undefined;
  /** The parsed error body (the whole body, e.g. `{ type: 'error', error: {...}, request_id }`), or its raw text. */
  error?: unknown;
  /** Human message; derived from the body when omitted. */
  message?: string | undefined;
  /** Error type from the body (`error.type`), e.g. `overloaded_error`. */
  type?: string | null | undefined;
  /** Milliseconds the server asked us to wait (`retry-after-ms` / `retry-after`), when known. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * An error the API returned, or a failure to reach it. Specific failures are told apart by class
 * (`RateLimitError`, …) and, within a class, by {@link APIError.errorCode}.
 *
 * @example
 * try {
 *   await messages.create(params);
 * } catch (error) {
 *   if (error instanceof RateLimitError && error.errorCode === 'enforced_spend_limit_reached') notifyBilling();
 *   else if (error instanceof APIError) console.error(error.status, error.type, error.requestID);
 * }
 */
// Fields are `declare`d and assigned in the constructor: no field-definition code is emitted for them.
export class APIError extends AnthropicError {
  override get [ERROR_KIND](): string {
    return 'APIError';
  }
  /** HTTP status, or `undefined` when there was no HTTP error response (connection, abort, SSE `error` event). */
  declare readonly status: number | undefined;
  /** Response headers, including `request-id` and rate-limit headers. */
  declare readonly headers: Headers | undefined;
  /** The parsed error body (the whole body), or its raw text when it was not JSON. */
  declare readonly error: unknown;
  /** `error.type` of the body, e.g. `rate_limit_error`; `null` when unknown. */
  declare readonly type: string | null;
  /**
   * The machine-readable reason within the class: the body's `error.details.error_code`, e.g.
   * `'tool_name_conflict'` on a `BadRequestError`; `null` when the body has none.
   */
  declare readonly errorCode: ErrorCode | null;
  /** The body's `error.details` (more facts about `errorCode`, e.g. `max_side_length_pixels`), or `null`. */
  declare readonly details: Record<string, unknown> | null;
  /** The server's own words: the body's `error.message`, or `null` when it sent none. */
  declare readonly apiMessage: string | null;
  /**
   * The id of the failed request; quote it when contacting support. The `request-id` response header;
   * on Amazon Bedrock, which sends none, its `x-amzn-requestid` header; else the body's `request_id`.
   */
  declare readonly requestID: string | null;
  /** The `anthropic-workspace-id` response header. */
  declare readonly workspaceID: string | null;
  /**
   * How long the server asked us to wait before retrying, in ms. Set when a retryable error was
   * thrown instead of retried because that wait exceeded `maxRetryDelay`.
   */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: APIErrorInit = {}) {
    const { status, headers, error } = init;
    super(init.message ?? describeError(status, error), { cause: init.cause });
    const body = objectField(error, 'error');
    const details = objectField(body, 'details');
    this.status = status;
    this.headers = headers;
    this.error = error;
    this.type = init.type ?? stringField(body, 'type') ?? null;
    this.apiMessage = stringField(body, 'message') ?? null;
    this.details = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : null;
    this.errorCode = stringField(details, 'error_code') ?? null;
    this.requestID =
      headers?.get('request-id') ?? headers?.get('x-amzn-requestid') ?? stringField(error, 'request_id') ?? null;
    this.workspaceID = headers?.get('anthropic-workspace-id') ?? null;
    this.retryAfterMs = init.retryAfterMs;
  }
}

function objectField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function stringField(value: unknown, key: string): string | undefined {
  const field = objectField(value, key);
  return typeof field === 'string' ? field : undefined;
}

/**
 * `"<status> <human message>"`: the body's `error.message` (or top-level `message`) when there is one
 * (never a JSON dump of a well-formed error, never `[object Object]`), else the raw text or JSON of the body.
 */
function describeError(status: number | undefined, body: unknown): string {
  const text =
    stringField(objectField(body, 'error'), 'message') ??
    stringField(body, 'message') ??
    (body == null || body === '' ? undefined : typeof body === 'string' ? body : safeJSON(body));
  if (text === undefined) return status === undefined ? 'Unknown API error' : `${status} status code (no body)`;
  return status === undefined ? text : `${status} ${text}`;
}

function safeJSON(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
