import { eventStreamToSSE } from './event-stream-to-sse.js';

/**
 * True for a Bedrock streaming response (`application/vnd.amazon.eventstream`); JSON, errors and SSE
 * from a gateway pass through untouched.
 *
 * @example
 * if (isEventStreamResponse(response)) response = await toSSEResponse(response);
 */
export function isEventStreamResponse(response: Response): boolean {
  return (
    response.body !== null &&
    (response.headers.get('content-type') ?? '').includes('application/vnd.amazon.eventstream')
  );
}

/**
 * The same response (status, headers) with its event stream body turned into SSE
 * (`content-type: text/event-stream`, no `content-length`), so core's `Stream` and `MessageStream` read
 * Bedrock streams like first-party ones. The codec is imported on the first stream only.
 *
 * @example
 * const sse = await toSSEResponse(response);
 */
export async function toSSEResponse(response: Response): Promise<Response> {
  let codec: typeof import('@smithy/eventstream-codec');
  try {
    codec = await import('@smithy/eventstream-codec');
  } catch (error) {
    await response.body?.cancel().catch(() => {});
    throw error;
  }
  const decoder = new codec.EventStreamCodec(
    (bytes) => new TextDecoder().decode(bytes),
    (text) => new TextEncoder().encode(text),
  );
  const headers = new Headers(response.headers);
  headers.set('content-type', 'text/event-stream');
  headers.delete('content-length');
  const body = response.body ? eventStreamToSSE(response.body, decoder) : null;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
