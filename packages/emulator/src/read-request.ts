import type { RecordedRequest } from './types.js';

/** A recorded request plus what routes need from the body. */
export interface ReadRequest {
  recorded: RecordedRequest;
  /** True when the body parsed as JSON (then `recorded.body` is the parsed value). */
  bodyIsJson: boolean;
  /** The body bytes, for routes that need more than text (multipart uploads). */
  bodyBytes: Uint8Array;
}

/**
 * Reads the request body and records the request. A body can be read only once, so routes work
 * from the recorded copy.
 *
 * @example
 * const { recorded, bodyIsJson } = await readRequest(request);
 */
export async function readRequest(request: Request): Promise<ReadRequest> {
  const url = new URL(request.url);
  const bodyBytes = new Uint8Array(await request.arrayBuffer());
  const rawBody = new TextDecoder().decode(bodyBytes);
  const { body, bodyIsJson } = parseBody(rawBody);
  return {
    recorded: {
      method: request.method,
      url: request.url,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(request.headers),
      body,
      rawBody,
    },
    bodyIsJson,
    bodyBytes,
  };
}

function parseBody(rawBody: string): { body: unknown; bodyIsJson: boolean } {
  if (rawBody === '') return { body: null, bodyIsJson: false };
  try {
    return { body: JSON.parse(rawBody) as unknown, bodyIsJson: true };
  } catch {
    return { body: rawBody, bodyIsJson: false };
  }
}
