import { linkAbort } from '../transport/link-abort.js';
import { readChunks } from './read-chunks.js';

/** One server-sent event as `fetch-event-stream` frames it; a field the event lacked is `undefined`. */
export interface SSEMessage {
  event?: string | undefined;
  data?: string | undefined;
}

/** The events of one body, and the way to let go of it. */
export interface SSEEventSource {
  readonly events: AsyncIterator<SSEMessage>;
  /** Cancels the body (a no-op once it was read to the end). */
  close(): void;
}

/**
 * Opens the server-sent events of a response body, framed by `fetch-event-stream` (spec streaming
 * §1): a blank line dispatches the event whose `event` or `data` lines came before it; comments,
 * unknown fields and lines without `:` are ignored. The bytes it frames come through
 * {@link readChunks}, which carries the failure rules every streamed body shares (abort cancels,
 * `idleTimeout`, typed connection errors); those rules cost a step per chunk, never per event.
 *
 * @example
 * const source = await openSSEEvents(response.body, controller.signal, 60_000);
 * for (let next = await source.events.next(); !next.done; next = await source.events.next()) console.log(next.value.event);
 */
export async function openSSEEvents(
  body: ReadableStream<Uint8Array> | null,
  signal: AbortSignal,
  idleTimeout: number,
): Promise<SSEEventSource> {
  // Our own stop: fetch-event-stream never cancels its source when left early, and a pending read on
  // a stalled body only ends when the reader is cancelled, which an abort of this signal does.
  const stop = new AbortController();
  const unlink = linkAbort(signal, stop);
  const chunks = readChunks(body, stop.signal, idleTimeout);
  const bytes = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
  // Loaded on first use: fetch-event-stream does not declare itself free of side effects, so a
  // static import would keep its line splitter in bundles that never stream.
  const { events } = await import('fetch-event-stream');
  return {
    events: events({ body: bytes } as Response)[Symbol.asyncIterator](),
    close() {
      stop.abort();
      unlink();
    },
  };
}
