import type { APIError } from '../errors/api-error.js';
import { errorForEventType } from '../errors/error-for-status.js';

/**
 * Builds the error for an SSE `error` event (`{"type":"error","error":{"type":"overloaded_error",
 * "message":"Overloaded"}}`): the `APIError` subclass its `error.type` implies, `status` undefined,
 * the parsed body (or the raw text when it is not JSON) as `error`, and the stream's response headers
 * so `requestID` and rate-limit state are there. `APIError` takes the message from the body.
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
  const type = (body as { error?: { type?: unknown } } | null)?.error?.type;
  return errorForEventType({ type: typeof type === 'string' ? type : null, error: body, headers });
}
