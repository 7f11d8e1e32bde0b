import { APIUserAbortError } from '../errors/connection-errors.js';
import type { APIResponseProps } from '../transport/response-props.js';
import { createSSEStream } from './create-sse-stream.js';
import { errorFromSSEEvent } from './error-from-sse-event.js';
import { iterateSSEEvents, type ServerSentEvent } from './sse-events.js';
import type { Stream } from './stream.js';

/**
 * The response parser of SSE endpoints (`stream: true`): resolves to a {@link Stream} of the
 * parsed events.
 *
 * It reads ahead to the first *content* event (anything but `ping` and `message_start`) before
 * resolving. When that first event is an SSE `error` (nothing generated yet) and the transport agrees
 * to retry it (`props.retry`, within `maxRetries`, same backoff as HTTP errors), the response is
 * dropped and the next attempt is read the same way. Otherwise the stream replays what was read
 * ahead, then continues: nothing is lost or yielded twice, and an error met while reading ahead is
 * thrown from the iteration, where it would have been thrown without the read-ahead.
 *
 * An abort of the caller's signal during the read-ahead rejects with `APIUserAbortError`, as the
 * request has not resolved yet.
 *
 * @example
 * const stream = await client.request<Stream<RawMessageStreamEvent>>({ method: 'post', path: '/v1/messages', body, stream: true }, parseSSEStream);
 */
export async function parseSSEStream<T>(props: APIResponseProps): Promise<Stream<T>> {
  let attempt = props;
  for (;;) {
    const { response, controller } = attempt;
    const events = iterateSSEEvents(response, { controller, idleTimeout: attempt.idleTimeout });
    const buffered: ServerSentEvent[] = [];
    let rest: AsyncIterator<ServerSentEvent> = events;
    let ended = false;
    let retried: Promise<APIResponseProps> | null = null;
    try {
      for (;;) {
        const result = await events.next();
        if (result.done) {
          ended = true;
          break;
        }
        const sse = result.value;
        buffered.push(sse);
        if (sse.event === 'ping' || sse.event === 'message_start') continue;
        if (sse.event === 'error') retried = attempt.retry(errorFromSSEEvent(sse.data, response.headers));
        break;
      }
    } catch (error) {
      rest = failingIterator(error);
    }
    if (retried) {
      await events.return();
      attempt.release();
      attempt = await retried;
      continue;
    }
    if (ended && controller.signal.aborted) {
      attempt.release();
      throw new APIUserAbortError({ cause: controller.signal.reason });
    }
    return createSSEStream<T>({ response, controller, release: attempt.release, buffered, events: rest });
  }
}

/** Stands in for an event iterator that already failed, so the failure comes after the replayed events. */
function failingIterator(error: unknown): AsyncIterator<ServerSentEvent> {
  return { next: () => Promise.reject(error) };
}
