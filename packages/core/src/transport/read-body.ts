import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { readChunks } from '../streaming/read-chunks.js';

/**
 * Reads a whole response body as text, bounded like every body the SDK reads: `idleTimeout` between
 * bytes (`StreamIdleTimeoutError`), and the attempt's timeout or the caller's abort through
 * `controller` (`APIConnectionTimeoutError`, `APIUserAbortError`). A broken connection is an
 * `APIConnectionError`, never a bare `TypeError`.
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
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of readChunks(props.response.body, signal, props.idleTimeout)) chunks.push(chunk);
  } catch (error) {
    throw error instanceof AnthropicError
      ? error
      : new APIConnectionError({ message: 'Connection error while reading the response body.', cause: error });
  }
  // An abort ends the chunks early and silently: here it is a failure, as the body is incomplete.
  if (signal.aborted) {
    const { reason } = signal;
    throw reason instanceof APIConnectionTimeoutError
      ? new APIConnectionTimeoutError({ cause: reason })
      : new APIUserAbortError({ cause: reason });
  }
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(whole);
}
