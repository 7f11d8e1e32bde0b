import { sleepUnlessAborted } from './abortable-sleep.js';

/** One SSE event: its name and its JSON payload. */
export interface ServerSentEvent {
  event: string;
  data: unknown;
}

/** How a stream misbehaves; the fields mirror the SSE ones of `Fault`. */
export interface EventStreamFaults {
  delayBetweenEventsMs?: number;
  stallAfterEvents?: number;
  sseErrorAfterEvents?: number;
  dropAfterEvents?: number;
  /** Error type and message of the `error` event sent by `sseErrorAfterEvents`. */
  errorType?: string;
  message?: string;
}

/**
 * The wire form of an event: `event: <name>\ndata: <json>\n\n`.
 *
 * @example
 * formatServerSentEvent({ event: 'ping', data: { type: 'ping' } }); // 'event: ping\ndata: {"type":"ping"}\n\n'
 */
export function formatServerSentEvent(serverSentEvent: ServerSentEvent): string {
  return `event: ${serverSentEvent.event}\ndata: ${JSON.stringify(serverSentEvent.data)}\n\n`;
}

/**
 * A byte stream of SSE events, one chunk per event, pulled on demand. Faults count every event sent
 * (pings included). The stream stops its timers when the reader cancels, and errors with the abort
 * reason when `signal` aborts — what a real fetch body does when its request is aborted.
 *
 * @example
 * new Response(createEventStream(events, { dropAfterEvents: 3 }, request.signal));
 */
export function createEventStream(
  events: readonly ServerSentEvent[],
  faults: EventStreamFaults = {},
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const stopped = new AbortController();
  let sentCount = 0;
  let onAbort: (() => void) | undefined;

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        onAbort = () => {
          stopped.abort(signal?.reason);
          controller.error(signal?.reason);
        };
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      },
      async pull(controller) {
        if (sentCount > 0 && faults.delayBetweenEventsMs)
          await sleepUnlessAborted(faults.delayBetweenEventsMs, stopped.signal);
        // Faults are checked before the end, so "after N events" also works when N covers the whole reply.
        if (faults.stallAfterEvents !== undefined && sentCount >= faults.stallAfterEvents) {
          // Never resolve: no more pulls, no timers. Ends only by cancel or abort.
          return new Promise<void>(() => {});
        }
        if (faults.dropAfterEvents !== undefined && sentCount >= faults.dropAfterEvents) {
          // What undici reports when the socket closes mid-body.
          controller.error(new TypeError('terminated', { cause: createSocketError() }));
          return;
        }
        if (faults.sseErrorAfterEvents !== undefined && sentCount >= faults.sseErrorAfterEvents) {
          const error = { type: faults.errorType ?? 'overloaded_error', message: faults.message ?? 'Overloaded' };
          controller.enqueue(encoder.encode(formatServerSentEvent({ event: 'error', data: { type: 'error', error } })));
          finish(controller);
          return;
        }
        const next = events[sentCount];
        if (!next) {
          finish(controller);
          return;
        }
        sentCount += 1;
        controller.enqueue(encoder.encode(formatServerSentEvent(next)));
      },
      cancel(reason) {
        stopped.abort(reason);
        if (onAbort) signal?.removeEventListener('abort', onAbort);
      },
    },
    // Pull one event at a time, only when the reader wants it, so pacing and faults are exact.
    { highWaterMark: 0 },
  );

  function finish(controller: ReadableStreamDefaultController<Uint8Array>): void {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    controller.close();
  }
}

/**
 * The cause undici attaches to a broken connection.
 *
 * @example
 * new TypeError('fetch failed', { cause: createSocketError() });
 */
export function createSocketError(): Error {
  return Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' });
}

/**
 * A `200 text/event-stream` response for the events, with the API's streaming headers.
 *
 * @example
 * return createEventStreamResponse(events, context.streamFaults, context.request.signal);
 */
export function createEventStreamResponse(
  events: readonly ServerSentEvent[],
  faults: EventStreamFaults | undefined,
  signal: AbortSignal,
): Response {
  return new Response(createEventStream(events, faults, signal), {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
  });
}
