import { APIUserAbortError } from '../errors/connection-errors.js';
import { NothingGenerated } from '../transport/nothing-generated.js';
import type { APIResponseProps } from '../transport/response-props.js';
import type { AbortableIterable } from './abortable-iterable.js';
import { errorFromSSEEvent } from './error-from-sse-event.js';
import { parseJSON } from './parse-json.js';
import { openSSEEvents, type SSEEventSource, type SSEMessage } from './sse-events.js';
import { Stream } from './stream.js';

/**
 * The response parser of SSE endpoints (`stream: true`): resolves to a {@link Stream} of the parsed
 * events, as {@link parseSSEItems} reads them.
 *
 * @example
 * const stream = await client.request<Stream<RawMessageStreamEvent>>({ method: 'post', path: '/v1/messages', body, stream: true }, parseSSEStream);
 */
export async function parseSSEStream<T>(props: APIResponseProps): Promise<Stream<T>> {
  const items = await parseSSEItems<T>(props);
  return new Stream(() => items[Symbol.asyncIterator](), items.controller);
}

/**
 * The response parser of SSE streams that `MessageStream` consumes: {@link parseSSEStream} without
 * the `Stream` wrapper (`tee`, `toReadableStream`…), so a `MessageStream` bundle leaves it out.
 *
 * Events are dispatched on their *name* (never on `data.type`): message and content-block events and
 * `completion` are JSON-parsed and yielded, `error` throws the `APIError` subclass of its
 * `error.type`, anything else (`ping`, unknown names) is skipped.
 *
 * It is the acceptance step of a streaming attempt: it reads ahead to the first *content* event
 * (anything but `ping` and `message_start`). When that is an SSE `error`, nothing was generated: it
 * throws {@link NothingGenerated} and the retry loop treats the error like its HTTP status. Otherwise
 * the items replay what was read ahead, then continue, in one generator: nothing lost or yielded
 * twice, and an error met while reading ahead is thrown from the iteration, where it would have been
 * thrown without the read-ahead. Leaving the iteration early aborts the request; an abort ends it
 * silently; `props.release` is called once, when it ends or aborts.
 *
 * @example
 * MessageStream.fromRequest((signal) => client.request({ ...request, signal }, parseSSEItems).withResponse());
 */
export async function parseSSEItems<T>(props: APIResponseProps): Promise<AbortableIterable<T>> {
  const { response, controller } = props;
  const source = await openSSEEvents(response.body, controller.signal, props.idleTimeout);
  const ahead: SSEMessage[] = [];
  let failure: [unknown] | undefined;
  try {
    for (let next = await source.events.next(); !next.done; next = await source.events.next()) {
      ahead.push(next.value);
      if (isContent(next.value)) break;
    }
  } catch (error) {
    failure = [error];
  }
  const first = ahead.at(-1);
  if (controller.signal.aborted || first?.event === 'error') {
    source.close();
    // An abort during the read-ahead rejects the request, which has not resolved yet.
    if (controller.signal.aborted) throw new APIUserAbortError({ cause: controller.signal.reason });
    throw new NothingGenerated(errorFromSSEEvent(first?.data ?? '', response.headers));
  }
  return sseItems<T>(source, ahead, failure, props);
}

/** Anything but keep-alives and the opening `message_start`: what decides that generation began. */
function isContent({ event, data }: SSEMessage): boolean {
  return event !== 'ping' && event !== 'message_start' && (event !== undefined || data !== undefined);
}

/** The names whose data the stream yields (spec streaming §2). */
function isItem(event: string | undefined): boolean {
  switch (event) {
    case 'message_start':
    case 'message_delta':
    case 'message_stop':
    case 'content_block_start':
    case 'content_block_delta':
    case 'content_block_stop':
    case 'completion':
      return true;
    default:
      return false;
  }
}

/** The items of one SSE body, read once: see {@link parseSSEItems}. */
function sseItems<T>(
  source: SSEEventSource,
  ahead: SSEMessage[],
  failure: [unknown] | undefined,
  { response, controller, release }: APIResponseProps,
): AbortableIterable<T> {
  const { signal } = controller;
  let released = false;
  // A plain flag, read per event: cheaper than asking the signal 22k times a stream.
  let aborted = signal.aborted;
  const releaseOnce = (): void => {
    aborted = signal.aborted;
    if (released) return;
    released = true;
    signal.removeEventListener('abort', releaseOnce);
    release();
  };
  // An abort before (or without) any iteration still lets go of the caller's signal.
  signal.addEventListener('abort', releaseOnce);
  const decode = ({ event, data }: SSEMessage): T | undefined => {
    if (event === 'error') throw errorFromSSEEvent(data ?? '', response.headers);
    return isItem(event) ? (parseJSON(data ?? '') as T) : undefined;
  };
  const finish = (completed: boolean): void => {
    if (!completed) controller.abort();
    source.close();
    releaseOnce();
  };
  return {
    controller,
    async *[Symbol.asyncIterator]() {
      let completed = false;
      try {
        for (const message of ahead) {
          const item = decode(message);
          if (item !== undefined) yield item;
        }
        if (failure) throw failure[0];
        for (let next = await source.events.next(); !next.done; next = await source.events.next()) {
          // Checked per event, not per chunk: an abort stops what was already read too.
          if (aborted) break;
          const item = decode(next.value);
          if (item !== undefined) yield item;
        }
        completed = true;
      } finally {
        finish(completed);
      }
    },
    // The same walk for a consumer that takes every item (MessageStream): no generator step per item.
    async drain(onItem) {
      let completed = false;
      try {
        for (const message of ahead) {
          const item = decode(message);
          if (item !== undefined) onItem(item);
        }
        if (failure) throw failure[0];
        for (let next = await source.events.next(); !next.done; next = await source.events.next()) {
          if (aborted) break;
          const item = decode(next.value);
          if (item !== undefined) onItem(item);
        }
        completed = true;
      } finally {
        finish(completed);
      }
    },
  };
}
