import type { APIError } from '../errors/api-error.js';
import { errorForEventType } from '../errors/error-for-status.js';

/**
 * Builds the error for an SSE `error` event (`{"type":"error","error":{"type":"overloaded_error",
 * "message":"Overloaded"}}`): the `APIError` subclass its `error.type` implies, `status` undefined,
 * the human `error.message` as message, the parsed body (or the raw text when it is not JSON) as
 * `error`, and the stream's response headers so `requestID` and rate-limit state are there.
 *
 * @example
 * throw errorFromSSEEvent(sse.data, response.headers); // OverloadedError: Overloaded
 */
export function errorFromSSEEvent(data: string, headers: Headers): APIError {
  let body: unknown = data;
  try {
    body = JSON.parse(data);
  } catch {
    // Not JSON: keep the raw text as the error body, as the official SDK does.
  }
  const inner = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  const fields = typeof inner === 'object' && inner !== null ? (inner as { type?: unknown; message?: unknown }) : undefined;
  const type = typeof fields?.type === 'string' ? fields.type : null;
  const message = typeof fields?.message === 'string' ? fields.message : typeof body === 'string' && body !== '' ? body : undefined;
  return errorForEventType({ type, error: body, headers, message });
}
