import { APIUserAbortError } from '../errors/connection-errors.js';
import type { APIResponseProps } from '../transport/response-props.js';
import { abortableIterable, type AbortableIterable } from './abortable-iterable.js';
import { errorFromSSEEvent } from './error-from-sse-event.js';
import { parseJSON } from './parse-json.js';
import { iterateSSEEvents, type ServerSentEvent } from './sse-events.js';
import { toStream, type Stream } from './stream.js';

/** The SSE event names whose data the stream yields (spec streaming §2); `ping` and unknown names yield nothing. */
const ITEM_EVENT = /^(?:(?:message|content_block)_(?:start|delta|stop)|completion)$/;

/**
 * The response parser of SSE endpoints (`stream: true`): resolves to a {@link Stream} of the parsed
 * events, as {@link parseSSEItems} reads them.
 *
 * @example
 * const stream = await client.request<Stream<RawMessageStreamEvent>>({ method: 'post', path: '/v1/messages', body, stream: true }, parseSSEStream);
 */
export async function parseSSEStream<T>(props: APIResponseProps): Promise<Stream<T>> {
  return toStream(await parseSSEItems<T>(props));
}

/**
 * The response parser of SSE streams that `MessageStream` consumes: {@link parseSSEStream} without
 * the `Stream` wrapper (`tee`, `toReadableStream`…), so a `MessageStream` bundle leaves it out.
 *
 * Events are dispatched on their *name* (never on `data.type`): those of `ITEM_EVENT` are JSON-parsed
 * and yielded, `error` throws the `APIError` subclass of its `error.type`, anything else is skipped.
 *
 * It reads ahead to the first *content* event (anything but `ping` and `message_start`) before
 * resolving. When that first event is an SSE `error` (nothing generated yet) and the transport agrees
 * to retry it (`props.retry`, within `maxRetries`, same backoff as HTTP errors), the response is
 * dropped and the next attempt is read the same way. Otherwise the items replay what was read
 * ahead, then continue: nothing is lost or yielded twice, and an error met while reading ahead is
 * thrown from the iteration, where it would have been thrown without the read-ahead.
 *
 * An abort of the caller's signal during the read-ahead rejects with `APIUserAbortError`, as the
 * request has not resolved yet.
 *
 * @example
 * MessageStream.fromRequest((signal) => client.request({ ...request, signal }, parseSSEItems).withResponse());
 */
export async function parseSSEItems<T>(props: APIResponseProps): Promise<AbortableIterable<T>> {
  for (;;) {
    const { response, controller } = props;
    const events = iterateSSEEvents(response.body, controller.signal, props.idleTimeout);
    const buffered: ServerSentEvent[] = [];
    let first: ServerSentEvent | undefined;
    let failure: [unknown] | undefined;
    try {
      for (let result; !(result = await events.next()).done; ) {
        buffered.push(result.value);
        if (!/^(?:ping|message_start)$/.test(result.value.event)) {
          first = result.value;
          break;
        }
      }
    } catch (error) {
      failure = [error];
    }
    const retried = first?.event === 'error' && props.retry(errorFromSSEEvent(first.data, response.headers));
    if (!retried && !controller.signal.aborted) {
      return abortableIterable(
        decodeEvents<T>(replay(buffered, failure, events), response.headers),
        controller,
        props.release,
      );
    }
    // Dropped: to retry, or because an abort ended the read-ahead (the request never resolved).
    await events.return();
    props.release();
    if (!retried) throw new APIUserAbortError({ cause: controller.signal.reason });
    props = await retried;
  }
}

/** The events read ahead, then the failure met while reading them (if any), then the rest. */
async function* replay(
  buffered: ServerSentEvent[],
  failure: [unknown] | undefined,
  rest: AsyncIterable<ServerSentEvent>,
): AsyncGenerator<ServerSentEvent> {
  yield* buffered;
  if (failure) throw failure[0];
  yield* rest;
}

/** The items of SSE events: see {@link parseSSEItems}. */
async function* decodeEvents<T>(events: AsyncIterable<ServerSentEvent>, headers: Headers): AsyncGenerator<T> {
  for await (const { event, data } of events) {
    if (event === 'error') throw errorFromSSEEvent(data, headers);
    if (ITEM_EVENT.test(event)) yield parseJSON(data) as T;
  }
}
