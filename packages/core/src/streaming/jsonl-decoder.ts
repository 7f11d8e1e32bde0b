import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';

/**
 * Decodes JSON Lines (batch results, `Stream.toReadableStream()` output) as bytes arrive, in constant
 * memory: lines end at `\n`, `\r\n` or `\r`, UTF-8 is decoded across chunk boundaries, blank lines
 * are skipped (the official decoders throw on them), and a last line without its newline is parsed
 * at the end.
 *
 * - An abort of `signal` cancels the body and ends the iteration silently.
 * - A line that is not JSON throws `AnthropicError` (the `SyntaxError` is its `cause`).
 * - A body that fails otherwise throws `APIConnectionError` with the original error as `cause`.
 * - Leaving the loop early cancels the body.
 *
 * @example
 * for await (const result of decodeJSONL<MessageBatchIndividualResponse>(response.body!, signal)) { ... }
 */
export async function* decodeJSONL<T>(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<T, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = (): void => {
    reader.cancel(signal?.reason).catch(() => {});
  };
  if (signal?.aborted) cancel();
  else signal?.addEventListener('abort', cancel, { once: true });
  let completed = false;
  let pending = '';
  // A `\r` closing the previous chunk may be the first half of `\r\n`: skip a `\n` right after it.
  let skipNewline = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (signal?.aborted) return;
        throw error instanceof AnthropicError ? error : new APIConnectionError({ cause: error });
      }
      if (result.done) break;
      const text = pending + decoder.decode(result.value, { stream: true });
      let start = 0;
      if (skipNewline && text.charCodeAt(0) === 0x0a) start = 1;
      skipNewline = false;
      for (let index = start; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code !== 0x0a && code !== 0x0d) continue;
        const line = text.slice(start, index);
        if (code === 0x0d) {
          if (index + 1 === text.length) skipNewline = true;
          else if (text.charCodeAt(index + 1) === 0x0a) index++;
        }
        start = index + 1;
        if (line.trim() === '') continue;
        // Lines already read from this chunk are dropped after an abort: aborting stops the items too.
        if (signal?.aborted) return;
        yield parseLine<T>(line);
      }
      pending = text.slice(start);
    }
    // An aborted read resolves as done: that is not the end of the data, so do not parse the rest.
    if (signal?.aborted) return;
    const last = pending + decoder.decode();
    if (last.trim() !== '') yield parseLine<T>(last);
    completed = true;
  } finally {
    signal?.removeEventListener('abort', cancel);
    if (completed) reader.releaseLock();
    else reader.cancel().catch(() => {});
  }
}

function parseLine<T>(line: string): T {
  try {
    return JSON.parse(line) as T;
  } catch (error) {
    throw new AnthropicError(`Could not parse a JSON line: ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`, { cause: error });
  }
}
