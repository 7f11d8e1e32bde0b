import { AnthropicError } from '../errors/anthropic-error.js';
import { abortableIterable } from './abortable-iterable.js';
import { decodeJSONL } from './jsonl-decoder.js';
import { toJSONLReadableStream } from './jsonl-readable-stream.js';

/**
 * A stream of items read from the API (SSE events of `messages.create({ stream: true })`), or
 * rebuilt from newline-delimited JSON with {@link Stream.fromReadableStream}.
 *
 * - Iterate it once with `for await`; use {@link Stream.tee} for two consumers.
 * - Leaving the loop early (`break`, `return`, a throw) aborts the HTTP request.
 * - `controller.abort()` (or the request's `signal`) ends the iteration silently.
 * - An SSE `error` event throws the matching `APIError` subclass (`OverloadedError`, …).
 *
 * @example
 * const stream = await messages.create({ ...params, stream: true });
 * for await (const event of stream) {
 *   if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') process.stdout.write(event.delta.text);
 * }
 */
export class Stream<T> implements AsyncIterable<T> {
  /** Aborts the underlying request; iteration then ends silently. */
  readonly controller: AbortController;
  readonly #iterate: () => AsyncIterator<T>;
  #consumed = false;

  /**
   * @param iterate produces the one iterator of this stream; called at most once.
   * @param controller aborts the source of the items.
   */
  constructor(iterate: () => AsyncIterator<T>, controller: AbortController) {
    this.#iterate = iterate;
    this.controller = controller;
  }

  /** Reads the items as they arrive; a stream can be iterated once (use {@link tee} for two readers). */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#consumed) {
      // Reported on the first `next()`, like the official SDK, so `for await` throws it.
      return {
        next: () =>
          Promise.reject(
            new AnthropicError('Cannot iterate over a consumed stream, use `.tee()` to split the stream.'),
          ),
      };
    }
    this.#consumed = true;
    return this.#iterate();
  }

  /**
   * Splits the stream into two that each yield every item. Items are read from the source once, as
   * fast as the faster consumer; the slower one's items are buffered.
   *
   * @example
   * const [forLog, forUser] = stream.tee();
   */
  tee(): [Stream<T>, Stream<T>] {
    const iterator = this[Symbol.asyncIterator]();
    const queues: Array<Array<Promise<IteratorResult<T>>>> = [[], []];
    return queues.map(
      (queue) =>
        new Stream<T>(
          () => ({
            next: () => {
              if (!queue.length) {
                const result = iterator.next();
                for (const each of queues) each.push(result);
              }
              return queue.shift() as Promise<IteratorResult<T>>;
            },
          }),
          this.controller,
        ),
    ) as [Stream<T>, Stream<T>];
  }

  /**
   * The items as newline-delimited JSON bytes, e.g. to send from a server to a browser that rebuilds
   * the stream with {@link Stream.fromReadableStream} (or `MessageStream.fromReadableStream`).
   * Cancelling the readable stream aborts the request.
   *
   * @example
   * return new Response(stream.toReadableStream());
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    return toJSONLReadableStream(this[Symbol.asyncIterator]());
  }

  /**
   * Rebuilds a stream from newline-delimited JSON bytes (what {@link Stream.toReadableStream} produces).
   * Aborting `controller` stops reading; leaving the loop early aborts it.
   *
   * @example
   * const stream = Stream.fromReadableStream<RawMessageStreamEvent>(response.body!);
   */
  static fromReadableStream<T>(
    stream: ReadableStream<Uint8Array>,
    controller: AbortController = new AbortController(),
  ): Stream<T> {
    const items = abortableIterable(decodeJSONL<T>(stream, controller.signal), controller);
    return new Stream(() => items[Symbol.asyncIterator](), controller);
  }
}
