import { AnthropicError } from '../errors/anthropic-error.js';
import { readBody } from './read-body.js';
import type { APIResponseProps } from './response-props.js';

/**
 * The default parser: 204 → `null`; otherwise the body as JSON, with a non-enumerable `_request_id`.
 * A 2xx that cannot be the promised result — an empty body, or one that is not JSON — rejects with
 * an `AnthropicError` that says what came back (status, content type, the first bytes), the
 * `SyntaxError` kept as `cause`.
 *
 * @example
 * const model = await client.request<ModelInfo>({ method: 'get', path: '/v1/models/claude-opus-4-6' }, parseJSONResponse);
 */
export async function parseJSONResponse<T>(props: APIResponseProps): Promise<T> {
  const { response } = props;
  try {
    if (response.status === 204) return null as T;
    const text = await readBody(props);
    try {
      if (text.trim() === '') throw new SyntaxError('the body is empty');
      return attachRequestID(JSON.parse(text), response.headers) as T;
    } catch (error) {
      const contentType = response.headers.get('content-type') ?? 'none';
      const start = text.length > 200 ? `${JSON.stringify(text.slice(0, 200))}…` : JSON.stringify(text);
      throw new AnthropicError(
        `Expected a JSON body from ${response.status} ${props.options.method.toUpperCase()} ${props.options.path}, but ${
          text.trim() === '' ? 'the body was empty' : `got content-type ${contentType} and ${start}`
        }.`,
        { cause: error },
      );
    }
  } finally {
    props.release();
  }
}

/** Adds non-enumerable `_request_id` / `_workspace_id` to a parsed object (not arrays), so they never serialise. */
export function attachRequestID<T>(data: T, headers: Headers): T {
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    Object.defineProperty(data, '_request_id', {
      value: headers.get('request-id'),
      configurable: true,
      writable: true,
    });
    Object.defineProperty(data, '_workspace_id', {
      value: headers.get('anthropic-workspace-id'),
      configurable: true,
      writable: true,
    });
  }
  return data;
}
