import { readLines } from './read-lines.js';

/** One dispatched server-sent event. */
export interface ServerSentEvent {
  /** The `event:` field; `''` when the event had none. */
  event: string;
  /** The `data:` lines joined with `\n`; `''` when the event had none. */
  data: string;
}

/**
 * The server-sent events of a response body (spec streaming §1): a blank line dispatches the event
 * whose `event` or `data` lines came before it; comments, `id`, `retry`, unknown fields and lines
 * without `:` are ignored; an event not closed by a blank line is dropped. Reading, aborts, idle
 * timeouts and connection failures are {@link readLines}'s.
 *
 * @example
 * for await (const { event, data } of iterateSSEEvents(response.body, controller.signal, 60_000)) { ... }
 */
export async function* iterateSSEEvents(body: ReadableStream<Uint8Array> | null, signal: AbortSignal, idleTimeout: number): AsyncGenerator<ServerSentEvent, void, undefined> {
  let pending: ServerSentEvent | undefined;
  for await (const line of readLines(body, signal, idleTimeout)) {
    if (!line) {
      if (pending) yield pending;
      pending = undefined;
      continue;
    }
    // A field line: `event` or `data`, `:`, the value. All the whitespace after the colon goes, not
    // only one space (as fetch-event-stream did; the data is JSON).
    const [, field, value = ''] = /^(event|data):\s*([^]*)/.exec(line) ?? [];
    if (field) {
      pending ??= { event: '', data: '' };
      if (field === 'event') pending.event = value;
      else pending.data = pending.data ? `${pending.data}\n${value}` : value;
    }
  }
}
