import { linkAbort } from '../transport/link-abort.js';
import { readChunks } from './read-chunks.js';

/** One dispatched server-sent event. */
export interface ServerSentEvent {
  /** The `event:` field; `''` when the event had none. */
  event: string;
  /** The `data:` lines joined with `\n`; `''` when the event had none. */
  data: string;
}

/**
 * The server-sent events of a response body, framed by `fetch-event-stream` (spec streaming §1): a
 * blank line dispatches the event whose `event` or `data` lines came before it; comments, `id`,
 * `retry`, unknown fields and lines without `:` are ignored. Aborts, idle timeouts, connection
 * failures and early exits follow {@link readChunks}; an abort also stops the events of a chunk
 * already read.
 *
 * @example
 * for await (const { event, data } of iterateSSEEvents(response.body, controller.signal, 60_000)) { ... }
 */
export async function* iterateSSEEvents(
  body: ReadableStream<Uint8Array> | null,
  signal: AbortSignal,
  idleTimeout: number,
): AsyncGenerator<ServerSentEvent, void, undefined> {
  if (!body) return;
  // fetch-event-stream never cancels its source when the loop is left early: our own stop does.
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
  try {
    // Loaded on first use: fetch-event-stream does not declare itself free of side effects, so a
    // static import would keep its line splitter in bundles that never stream.
    const { events } = await import('fetch-event-stream');
    for await (const { event, data } of events({ body: bytes } as Response)) {
      if (signal.aborted) return;
      // A block of only `id:` / `retry:` lines carries nothing we read: it is not an event for us.
      if (event !== undefined || data !== undefined) yield { event: event ?? '', data: data ?? '' };
    }
  } finally {
    stop.abort();
    unlink();
  }
}
