import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError, StreamIdleTimeoutError } from '../errors/connection-errors.js';
import { createIdleTimeoutBody } from './idle-timeout-body.js';

/** One dispatched server-sent event. */
export interface ServerSentEvent {
  /** The `event:` field; `''` when the event had none. */
  event: string;
  /** The `data:` lines joined with `\n`; `''` when the event had none. */
  data: string;
}

/** Options of {@link iterateSSEEvents}. */
export interface SSEEventsOptions {
  /** Aborting it ends the iteration silently and cancels the body. */
  controller: AbortController;
  /** Milliseconds without a byte before the iteration fails with `StreamIdleTimeoutError`; non-positive or non-finite disables it. */
  idleTimeout: number;
}

/**
 * Reads the server-sent events of a response body (framing by `fetch-event-stream`).
 *
 * - An abort of `controller` (directly or through the caller's signal) ends the iteration silently,
 *   as the official SDK does.
 * - A silent connection fails with `StreamIdleTimeoutError`.
 * - Any other failure of the body becomes `APIConnectionError` with the original error as `cause`:
 *   a cut connection is never a bare `TypeError: terminated`.
 * - Leaving the loop early (or `return()`) cancels the body, which `fetch-event-stream` does not do.
 *
 * @example
 * for await (const { event, data } of iterateSSEEvents(response, { controller, idleTimeout: 60_000 })) { ... }
 */
export async function* iterateSSEEvents(response: Response, options: SSEEventsOptions): AsyncGenerator<ServerSentEvent, void, undefined> {
  const source = response.body;
  if (!source) return;
  const { signal } = options.controller;
  const guarded = createIdleTimeoutBody(source, { idleTimeout: options.idleTimeout, signal });
  try {
    // Loaded here rather than imported at the top: fetch-event-stream does not declare itself free of
    // side effects, so a static import would keep its line splitter in every bundle that touches
    // @anth/core/internal, streaming or not.
    const { events } = await import('fetch-event-stream');
    // events() only reads `.body`; handing it the guarded stream keeps the original response untouched.
    for await (const message of events({ body: guarded.body } as Response, signal)) {
      // fetch-event-stream leaves absent fields undefined; normalise in place to keep one object per event.
      if (message.data === undefined) message.data = '';
      if (message.event === undefined) message.event = '';
      yield message as ServerSentEvent;
    }
  } catch (error) {
    // An abort surfaces as the abort reason (often an `AbortError`) from the pending read: swallow it.
    if (signal.aborted && !(error instanceof StreamIdleTimeoutError)) return;
    if (error instanceof AnthropicError) throw error;
    throw new APIConnectionError({ cause: error });
  } finally {
    guarded.stop();
  }
}
