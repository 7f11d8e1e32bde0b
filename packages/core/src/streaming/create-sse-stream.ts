import { AnthropicError } from '../errors/anthropic-error.js';
import { errorFromSSEEvent } from './error-from-sse-event.js';
import type { ServerSentEvent } from './sse-events.js';
import { Stream } from './stream.js';

/** Where a {@link createSSEStream} stream reads from. */
export interface SSEStreamSource {
  /** The streaming response; its headers go on errors from `error` events (`requestID`). */
  response: Response;
  /** The attempt's controller: aborted when the consumer leaves early; becomes `stream.controller`. */
  controller: AbortController;
  /** Called exactly once when the stream is done with the response: end, error, abort or early exit. */
  release: () => void;
  /** Events already read from `events` (while looking for the first content event), replayed first. */
  buffered?: readonly ServerSentEvent[] | undefined;
  /** The events still to read. */
  events: AsyncIterator<ServerSentEvent>;
}

/**
 * Builds the `Stream` of an SSE response: dispatches on the event *name* (never on `data.type`):
 *
 * | event | action |
 * | --- | --- |
 * | `message_start` `content_block_start` `content_block_delta` `content_block_stop` `message_delta` `message_stop` `completion` | JSON-parsed and yielded |
 * | `ping` | skipped |
 * | `error` | throws the `APIError` subclass of its `error.type` |
 * | anything else | ignored (forward compatibility) |
 *
 * @example
 * const stream = createSSEStream<RawMessageStreamEvent>({ response, controller, release, events: iterateSSEEvents(response, options) });
 */
export function createSSEStream<T>(source: SSEStreamSource): Stream<T> {
  const { response, controller, buffered, events } = source;
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    controller.signal.removeEventListener('abort', release);
    source.release();
  };
  // A stream that is aborted without ever being iterated must still let go of the caller's signal.
  controller.signal.addEventListener('abort', release, { once: true });

  async function* iterate(): AsyncGenerator<T, void, undefined> {
    let completed = false;
    try {
      if (buffered) {
        for (const event of buffered) {
          const item = decodeEvent(event, response.headers);
          if (item !== undefined) yield item as T;
        }
      }
      for (;;) {
        const result = await events.next();
        if (result.done) break;
        const item = decodeEvent(result.value, response.headers);
        if (item !== undefined) yield item as T;
      }
      completed = true;
    } finally {
      if (!completed) {
        controller.abort();
        await events.return?.();
      }
      release();
    }
  }
  return new Stream(iterate, controller);
}

/** The item an event yields, or `undefined` for events that yield nothing. */
function decodeEvent(sse: ServerSentEvent, headers: Headers): unknown {
  switch (sse.event) {
    case 'content_block_delta':
    case 'content_block_start':
    case 'content_block_stop':
    case 'message_start':
    case 'message_delta':
    case 'message_stop':
    case 'completion':
      return parseData(sse);
    case 'error':
      throw errorFromSSEEvent(sse.data, headers);
    default:
      return undefined;
  }
}

function parseData(sse: ServerSentEvent): unknown {
  try {
    return JSON.parse(sse.data);
  } catch (error) {
    throw new AnthropicError(`Could not parse the data of SSE event ${JSON.stringify(sse.event)} as JSON: ${sse.data}`, { cause: error });
  }
}
