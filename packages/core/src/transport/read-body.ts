import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { StreamIdleTimeoutError } from '../errors/stream-idle-timeout-error.js';

/**
 * Reads a whole response body as text, bounded like every body the SDK reads: `idleTimeout` between
 * bytes (`StreamIdleTimeoutError`), and the attempt's timeout or the caller's abort through
 * `controller` (`APIConnectionTimeoutError`, `APIUserAbortError`). A broken connection is an
 * `APIConnectionError`, never a bare `TypeError`.
 *
 * A plain read loop rather than the streaming chunk reader: an error or JSON body is a chunk or two,
 * and this is the path of every non-streaming request.
 *
 * @example
 * const text = await readBody({ response, controller, idleTimeout: 60_000 });
 */
export async function readBody(props: {
  response: Response;
  controller: AbortController;
  idleTimeout: number;
}): Promise<string> {
  const { signal } = props.controller;
  const { idleTimeout } = props;
  const body = props.response.body;
  if (!body) return '';
  const reader = body.getReader();
  // An abort cancels the read; the reason tells a timeout from the caller's abort below.
  const cancel = (reason?: unknown): void => void reader.cancel(reason).catch(() => {});
  const onAbort = (): void => cancel(signal.reason);
  signal.addEventListener('abort', onAbort);
  const chunks: Uint8Array[] = [];
  let idle: StreamIdleTimeoutError | undefined;
  try {
    for (;;) {
      const timer =
        idleTimeout > 0 && idleTimeout < Infinity
          ? setTimeout(() => cancel((idle = new StreamIdleTimeoutError({ idleTimeout }))), idleTimeout)
          : undefined;
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (idle || signal.aborted) break;
        throw error instanceof AnthropicError
          ? error
          : new APIConnectionError({ message: 'Connection error while reading the response body.', cause: error });
      } finally {
        clearTimeout(timer);
      }
      if (idle || signal.aborted || result.done) break;
      chunks.push(result.value);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  if (idle) throw idle;
  // An abort ends the read early: the body is incomplete.
  if (signal.aborted) {
    const { reason } = signal;
    throw reason instanceof APIConnectionTimeoutError
      ? new APIConnectionTimeoutError({ cause: reason })
      : new APIUserAbortError({ cause: reason });
  }
  const decoder = new TextDecoder();
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
