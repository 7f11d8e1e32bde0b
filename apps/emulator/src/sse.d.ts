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
export declare function formatServerSentEvent(serverSentEvent: ServerSentEvent): string;
/**
 * A byte stream of SSE events, one chunk per event, pulled on demand. Faults count every event sent
 * (pings included). The stream stops its timers when the reader cancels, and errors with the abort
 * reason when `signal` aborts — what a real fetch body does when its request is aborted.
 *
 * @example
 * new Response(createEventStream(events, { dropAfterEvents: 3 }, request.signal));
 */
export declare function createEventStream(events: readonly ServerSentEvent[], faults?: EventStreamFaults, signal?: AbortSignal): ReadableStream<Uint8Array>;
/**
 * The cause undici attaches to a broken connection.
 *
 * @example
 * new TypeError('fetch failed', { cause: createSocketError() });
 */
export declare function createSocketError(): Error;
/**
 * A `200 text/event-stream` response for the events, with the API's streaming headers.
 *
 * @example
 * return createEventStreamResponse(events, context.streamFaults, context.request.signal);
 */
export declare function createEventStreamResponse(events: readonly ServerSentEvent[], faults: EventStreamFaults | undefined, signal: AbortSignal): Response;
