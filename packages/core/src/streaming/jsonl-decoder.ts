import { parseJSON } from './parse-json.js';
import { readLines } from './read-lines.js';

/**
 * Decodes JSON Lines (batch results, `Stream.toReadableStream()` output) as bytes arrive, in constant
 * memory: one item per line, blank lines skipped (the official decoders throw on them). Line ends,
 * aborts, idle timeouts and connection failures are {@link readLines}'s; a line that is not JSON
 * throws `AnthropicError` (the `SyntaxError` is its `cause`).
 *
 * @example
 * for await (const result of decodeJSONL<MessageBatchIndividualResponse>(response.body, signal)) { ... }
 */
export async function* decodeJSONL<T>(
  body: ReadableStream<Uint8Array> | null,
  signal?: AbortSignal,
  idleTimeout?: number,
): AsyncGenerator<T, void, undefined> {
  for await (const line of readLines(body, signal, idleTimeout)) if (line.trim()) yield parseJSON(line) as T;
}
