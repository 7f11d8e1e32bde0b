import type { APIResponseProps } from './response-props.js';
import { readBody } from './read-body.js';

/**
 * The default parser: 204 → `null`; a JSON media type (`application/json`, `…+json`) → the parsed
 * value (`undefined` for an empty body) with a non-enumerable `_request_id`; anything else → text.
 */
export async function parseJSONResponse<T>(props: APIResponseProps): Promise<T> {
  const { response } = props;
  try {
    if (response.status === 204) return null as T;
    const text = await readBody(props);
    const contentType = response.headers.get('content-type') ?? '';
    const isJSON = /application\/json|\+json\b/i.test(contentType);
    if (!isJSON) return text as T;
    if (text === '') return undefined as T;
    const data: unknown = JSON.parse(text);
    return attachRequestID(data, response.headers) as T;
  } finally {
    props.release();
  }
}

/** Adds non-enumerable `_request_id` / `_workspace_id` to a parsed object (not arrays), so they never serialise. */
export function attachRequestID<T>(data: T, headers: Headers): T {
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    for (const [key, header] of [
      ['_request_id', 'request-id'],
      ['_workspace_id', 'anthropic-workspace-id'],
    ] as const) {
      Object.defineProperty(data, key, { value: headers.get(header), configurable: true, writable: true });
    }
  }
  return data;
}
