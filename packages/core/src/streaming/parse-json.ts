import { AnthropicError } from '../errors/anthropic-error.js';

/**
 * `JSON.parse` for text read from a stream (an SSE event's data, a JSON line): a failure is an
 * `AnthropicError` that quotes the start of the text, with the `SyntaxError` as `cause`.
 *
 * @example
 * const event = parseJSON(sse.data);
 */
export function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AnthropicError(`Could not parse JSON: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`, {
      cause: error,
    });
  }
}
