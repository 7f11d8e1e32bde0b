import { AnthropicError } from '../errors/anthropic-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { linkAbort } from '../transport/link-abort.js';
import { applyMessageEvent, type AccumulatableEvent, type AccumulatableMessage } from './accumulate-message.js';
import { createDeferred } from './deferred.js';
import type { EmittedValue, MessageParamLike, MessageStreamEvents } from './message-stream-events.js';
import { abortableIterable, type AbortableIterable } from './abortable-iterable.js';
import { decodeJSONL } from './jsonl-decoder.js';
import { toJSONLReadableStream } from './jsonl-readable-stream.js';
import { parseTextBlocks, type OutputFormatLike } from '../structured-output/parse-text-blocks.js';

/**
 * What {@link MessageStream.fromRequest} needs to send the request: `APIPromise.withResponse()` of a
 * request parsed with `parseSSEItems` (or `parseSSEStream`: a `Stream` is an `AbortableIterable`) fits.
 */
export type StartMessageStream<E> = (
  signal: AbortSignal,
) => Promise<{ data: AbortableIterable<E>; response: Response }>;

/** Options of {@link MessageStream.fromRequest}. */
export interface MessageStreamOptions<M, P> {
  /** The caller's signal: its abort aborts the stream. Unlinked when the stream ends. */
  signal?: AbortSignal | undefined;
  /** The request's `messages`, recorded in `stream.messages`. */
  messages?: readonly P[] | undefined;
  /**
   * The request's `output_config.format`. Each completed message gets `parsed_output` (and each text
   * block a non-enumerable one): what the format's `parse` makes of the text, or `null` without one.
   */
  outputFormat?: OutputFormatLike | null | undefined;
}

/** Everything `withResponse()` resolves to. */
export interface MessageStreamWithResponse<Self> {
  data: Self;
  response: Response;
  request_id: string | null;
  workspace_id: string | null;
}

type Fields = Record<string, unknown>;
type Listener = (...args: never[]) => void;
type Registration = readonly [listener: Listener, once: boolean];

/**
 * A streamed message, accumulated as it arrives, with typed events and promises of the result.
 * Returned by `messages.stream()` and `beta.messages.stream()`; one implementation for both.
 *
 * - Listen: `on` / `once` / `off`, or `await stream.emitted('message')`.
 * - Iterate the raw events (`for await (const event of stream)`) or the text (`stream.textStream`);
 *   leaving either loop early aborts the request.
 * - Await `finalMessage()`, `finalText()` or `done()`; they reject with the stream's error or abort.
 * - Failures emit `error` (or `abort`), then `end`. If nobody listens for errors and no promise method
 *   was called, the error is also raised as an unhandled rejection, so it is never lost.
 *
 * @example
 * const stream = messages.stream({ model, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
 * stream.on('text', (delta) => process.stdout.write(delta));
 * const message = await stream.finalMessage();
 */
export class MessageStream<
  M extends AccumulatableMessage = AccumulatableMessage,
  E extends AccumulatableEvent = AccumulatableEvent,
  P = MessageParamLike,
> implements AsyncIterable<E>
{
  /** The request's messages, then each message received (as sent back in a later turn). */
  messages: P[] = [];
  /** Every complete message received, in order. */
  receivedMessages: M[] = [];
  /** Aborts the request; `abort()` is a shortcut. */
  readonly controller: AbortController = new AbortController();

  #snapshot: M | undefined;
  #listeners: { [Event in keyof MessageStreamEvents<M, E>]?: readonly Registration[] } = {};
  #ended = false;
  /** The failure the stream ended with, for `errored`, `aborted` and iterations started after the end. */
  #failure: AnthropicError | undefined;
  /** A promise method was called, or the consumer stopped a loop: a failure is someone's to see. */
  #rejectionHandled = false;
  #response: Response | null | undefined;
  #unlinkSignal: (() => void) | undefined;
  #outputFormat: OutputFormatLike | null | undefined;
  readonly #end = createDeferred<void>();

  /**
   * Starts a stream: calls `start` with the stream's own signal and consumes what it returns.
   * The messages package calls it with `(signal) => client.request({ ...stream request, signal }, parseSSEItems).withResponse()`.
   *
   * @example
   * MessageStream.fromRequest<Message, RawMessageStreamEvent, MessageParam>(
   *   (signal) => client.request({ method: 'post', path: '/v1/messages', body: { ...params, stream: true }, stream: true, signal }, parseSSEItems).withResponse(),
   *   { signal: options?.signal, messages: params.messages },
   * );
   */
  static fromRequest<M extends AccumulatableMessage, E extends AccumulatableEvent, P = MessageParamLike>(
    start: StartMessageStream<E>,
    options: MessageStreamOptions<M, P> = {},
  ): MessageStream<M, E, P> {
    const stream = new MessageStream<M, E, P>();
    if (options.messages) stream.messages = [...options.messages];
    stream.#outputFormat = options.outputFormat;
    stream.#unlinkSignal = linkAbort(options.signal, stream.controller);
    void stream.#run(start);
    return stream;
  }

  /**
   * Rebuilds a stream from the newline-delimited JSON of `toReadableStream()` (e.g. in a browser,
   * from a server's response). There is no `Response`: `withResponse()` rejects.
   *
   * @example
   * const stream = MessageStream.fromReadableStream<Message, RawMessageStreamEvent>(response.body!);
   */
  static fromReadableStream<M extends AccumulatableMessage, E extends AccumulatableEvent, P = MessageParamLike>(
    readable: ReadableStream<Uint8Array>,
  ): MessageStream<M, E, P> {
    const stream = new MessageStream<M, E, P>();
    const { controller } = stream;
    void stream.#run(async () => ({
      data: abortableIterable(decodeJSONL<E>(readable, controller.signal), controller),
      response: null,
    }));
    return stream;
  }

  /** The HTTP response, once connected; `null` for `fromReadableStream`. */
  get response(): Response | null | undefined {
    return this.#response;
  }
  /** The `request-id` response header; quote it when reporting an issue. */
  get request_id(): string | null | undefined {
    return this.#response?.headers.get('request-id');
  }
  /** The `anthropic-workspace-id` response header. */
  get workspace_id(): string | null | undefined {
    return this.#response?.headers.get('anthropic-workspace-id');
  }
  /** The message being built; `undefined` before `message_start` and after the stream completed. */
  get currentMessage(): M | undefined {
    return this.#snapshot;
  }
  /** True once the stream is over: finished, failed or aborted (`end` was emitted). */
  get ended(): boolean {
    return this.#ended;
  }
  /** True when the stream failed (`error` was emitted). */
  get errored(): boolean {
    return !!this.#failure;
  }
  /** True when the stream was aborted (`abort()`, the request's signal, or leaving a loop early). */
  get aborted(): boolean {
    return this.#failure instanceof APIUserAbortError;
  }

  /** Aborts the request: `abort` then `end` are emitted, the promises reject with `APIUserAbortError`. */
  abort(): void {
    this.controller.abort();
  }

  /** Adds a listener (no de-duplication: adding it twice calls it twice). */
  on<Event extends keyof MessageStreamEvents<M, E>>(event: Event, listener: MessageStreamEvents<M, E>[Event]): this {
    return this.#add(event, listener, false);
  }

  /** Adds a listener that is removed before its first call. */
  once<Event extends keyof MessageStreamEvents<M, E>>(event: Event, listener: MessageStreamEvents<M, E>[Event]): this {
    return this.#add(event, listener, true);
  }

  /** Removes one registration of the listener. */
  off<Event extends keyof MessageStreamEvents<M, E>>(event: Event, listener: MessageStreamEvents<M, E>[Event]): this {
    const registrations = this.#listeners[event] ?? [];
    const index = registrations.findIndex(([registered]) => registered === listener);
    // Copy on write: an emit in progress keeps iterating the array it started with.
    this.#listeners[event] = registrations.filter((_, position) => position !== index);
    return this;
  }

  /**
   * The next emission of `event`: resolves with its argument (or argument tuple). Rejects when the
   * stream fails or aborts first, or ends without emitting it. `emitted('error')` resolves with the error.
   *
   * @example
   * const message = await stream.emitted('message');
   */
  emitted<Event extends keyof MessageStreamEvents<M, E>>(
    event: Event,
  ): Promise<EmittedValue<MessageStreamEvents<M, E>[Event]>> {
    this.#rejectionHandled = true;
    return new Promise((resolve, reject) => {
      const ended = this.#ended;
      if (event !== 'end' && !ended)
        this.once(event, ((...args: unknown[]) => resolve((args.length > 1 ? args : args[0]) as never)) as never);
      // The end settles the rest (settling twice is a no-op): a failure rejects; a success resolves a
      // wait for `end` itself, and rejects any other (or one that started after the end).
      const notEmitted = (): void => reject(new AnthropicError(`The stream ended without emitting "${event}".`));
      this.#end.promise.then(event === 'end' && !ended ? (resolve as () => void) : notEmitted, reject);
    });
  }

  /** Resolves when the stream has ended; rejects with its error or abort. */
  async done(): Promise<void> {
    this.#rejectionHandled = true;
    await this.#end.promise;
  }

  /**
   * The last message received, once the stream has ended.
   *
   * @example
   * const { content, usage } = await stream.finalMessage();
   */
  async finalMessage(): Promise<M> {
    await this.done();
    const last = this.receivedMessages.at(-1);
    if (!last) throw new AnthropicError('stream ended without producing a Message with role=assistant');
    return last;
  }

  /** The text blocks of the final message, joined with a single space (as the official TS SDK does). */
  async finalText(): Promise<string> {
    const texts = ((await this.finalMessage()).content as unknown as Fields[])
      .filter((block) => block['type'] === 'text')
      .map((block) => block['text']);
    if (!texts.length) throw new AnthropicError('stream ended without producing a content block with type=text');
    return texts.join(' ');
  }

  /** The stream, its `Response` and request ids; rejects for `fromReadableStream` streams (no response). */
  async withResponse(): Promise<MessageStreamWithResponse<this>> {
    this.#rejectionHandled = true;
    if (this.#response === undefined) await this.emitted('connect');
    const response = this.#response;
    if (!response) throw new AnthropicError('Could not resolve a `Response` object');
    return {
      data: this,
      response,
      request_id: this.request_id as string | null,
      workspace_id: this.workspace_id as string | null,
    };
  }

  /**
   * The text deltas, as they arrive. Each `for await` sees the deltas emitted from the moment it
   * starts; start it right after creating the stream. Leaving the loop early aborts the request.
   *
   * @example
   * for await (const text of messages.stream(params).textStream) process.stdout.write(text);
   */
  get textStream(): AsyncIterable<string> {
    return { [Symbol.asyncIterator]: () => this.#iterate<string>('text') };
  }

  /** The raw events, as they arrive; leaving the loop early aborts the request. */
  [Symbol.asyncIterator](): AsyncIterator<E> {
    return this.#iterate<E>('streamEvent');
  }

  /** The raw events as newline-delimited JSON, for {@link MessageStream.fromReadableStream} on the other side. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return toJSONLReadableStream(this[Symbol.asyncIterator]());
  }

  #add(event: keyof MessageStreamEvents<M, E>, listener: Listener, once: boolean): this {
    this.#listeners[event] = [...(this.#listeners[event] ?? []), [listener, once]];
    return this;
  }

  /** Calls the listeners of `event`. Nothing is emitted after `end`: `#run` emits it last, once. */
  #emit(event: keyof MessageStreamEvents<M, E>, ...args: unknown[]): void {
    if (event === 'end') {
      this.#ended = true;
      this.#unlinkSignal?.();
      this.#end.resolve();
    }
    const registrations = this.#listeners[event];
    // Most events have no listener, and most listeners stay: no array is copied for those.
    if (!registrations?.length) return;
    if (registrations.some(([, once]) => once)) this.#listeners[event] = registrations.filter(([, once]) => !once);
    for (const [listener] of registrations) (listener as (...values: unknown[]) => void)(...args);
  }

  /**
   * Opens the stream and consumes it: each raw event is accumulated, then `streamEvent` and what the
   * event changed are emitted. Every way it can end leads to exactly one `end`: after `finalMessage`
   * on success, after `error` (or `abort`) and the rejected promises on failure.
   */
  async #run(
    open: (signal: AbortSignal) => Promise<{ data: AbortableIterable<E>; response: Response | null }>,
  ): Promise<void> {
    try {
      // A microtask later, so listeners added right after creation see `connect` too.
      await null;
      const { data, response } = await open(this.controller.signal);
      this.#response = response;
      this.#emit('connect');
      const take = (event: E): void => {
        const [snapshot, change] = applyMessageEvent(this.#snapshot, event);
        this.#snapshot = snapshot;
        if (this.#listeners.streamEvent?.length) this.#emit('streamEvent', event, snapshot);
        if (change) {
          const [name, value, block, snapshotField] = change as [
            keyof MessageStreamEvents<M, E>,
            unknown,
            Fields?,
            string?,
          ];
          // Only for listeners: the snapshot of a tool input is parsed when read.
          if (this.#listeners[name]?.length)
            this.#emit(name, value, ...(block ? [block[snapshotField as string]] : []));
        }
        if (event.type === 'message_stop') {
          (snapshot as unknown as Fields)['parsed_output'] = parseTextBlocks(snapshot, this.#outputFormat);
          this.messages.push(snapshot as unknown as P);
          this.receivedMessages.push(snapshot);
          this.#emit('message', snapshot);
        }
      };
      if (data.drain) await data.drain(take);
      else for await (const event of data) take(event);
      // An abort ends the items silently; `start` linked the stream's signal to the request's controller.
      const { signal } = data.controller;
      if (signal.aborted) throw new APIUserAbortError({ cause: signal.reason });
      if (!this.#snapshot) throw new AnthropicError('request ended without sending any chunks');
      this.#snapshot = undefined;
      const last = this.receivedMessages.at(-1);
      if (last) this.#emit('finalMessage', last);
      this.#emit('end');
    } catch (cause) {
      // After `end` the only failures left are thrown by `end` listeners: surface them, never swallow.
      if (this.#ended) throw cause;
      const error = toStreamError(cause);
      const aborted = error instanceof APIUserAbortError;
      this.#failure = error;
      const handled =
        this.#rejectionHandled || this.#listeners.error?.length || (aborted && this.#listeners.abort?.length);
      try {
        this.#emit(aborted ? 'abort' : 'error', error);
      } finally {
        if (!handled) {
          // Deliberate: nobody listens for this failure and no promise carries it, so make it visible.
          // Handle it with stream.on('error', ...), await stream.done() / finalMessage() / finalText().
          void Promise.reject(error);
        }
        this.#end.reject(error);
        this.#emit('end');
      }
    }
  }

  /**
   * The first argument of each `event`, as an iterator that ends with the stream. Values that arrive
   * while the consumer is busy are queued; the stream's failure is thrown after them, once.
   */
  #iterate<Value>(event: 'streamEvent' | 'text'): AsyncIterator<Value> {
    // The iterator carries a failure to its consumer: it is not unhandled.
    this.#rejectionHandled = true;
    const values: Value[] = [];
    let failureThrown = false;
    // One promise for every waiting `next()`, settled by the next value or the end.
    let changed: Promise<void> | undefined;
    let wake = (): void => {};
    const update = (): void => {
      changed = undefined;
      wake();
    };
    // Never unsubscribed: nothing is emitted after `end`, and a consumer that stops early aborts the stream.
    this.on(event, ((value: Value) => {
      values.push(value);
      update();
    }) as never).on('end', update);
    return {
      next: async () => {
        while (!values.length && !this.#ended) await (changed ??= new Promise((resolve) => (wake = resolve)));
        if (values.length) return { value: values.shift() as Value, done: false };
        if (this.#failure && !failureThrown) {
          failureThrown = true;
          throw this.#failure;
        }
        return { value: undefined, done: true };
      },
      // Not an async generator: its `return()` would wait for a pending `next()`, i.e. for the next event.
      return: async () => {
        // The consumer chose to stop: the abort that follows is expected.
        if (!this.#ended) this.abort();
        return { value: undefined, done: true };
      },
    };
  }
}

/** Every failure becomes an `AnthropicError`; a fetch `AbortError` becomes `APIUserAbortError`. */
function toStreamError(error: unknown): AnthropicError {
  if (error instanceof AnthropicError) return error;
  const { name, message } = Object(error) as Partial<Error>;
  if (name === 'AbortError') return new APIUserAbortError({ cause: error });
  return new AnthropicError(message ?? String(error), { cause: error });
}
