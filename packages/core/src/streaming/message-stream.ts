import { AnthropicError } from '../errors/anthropic-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { linkAbort } from '../transport/link-abort.js';
import { accumulateMessageEvent, type AccumulatableEvent, type AccumulatableMessage } from './accumulate-message.js';
import { createDeferred, type Deferred } from './deferred.js';
import { createEmissionIterator } from './emission-iterator.js';
import type { EmittedValue, MessageParamLike, MessageStreamEvents } from './message-stream-events.js';
import { Stream } from './stream.js';
import { isToolInputBlock } from './tool-input.js';

/** What {@link MessageStream.fromRequest} needs to send the request: `APIPromise.withResponse()` fits. */
export type StartMessageStream<E> = (signal: AbortSignal) => Promise<{ data: Stream<E>; response: Response }>;

/** Options of {@link MessageStream.fromRequest}. */
export interface MessageStreamOptions<M, P> {
  /** The caller's signal: its abort aborts the stream. Unlinked when the stream ends. */
  signal?: AbortSignal | undefined;
  /** The request's `messages`, recorded in `stream.messages`. */
  messages?: readonly P[] | undefined;
  /** Turns each completed snapshot into the message reported (e.g. adds `parsed_output`). */
  parseMessage?: ((message: M) => M) | undefined;
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
interface Registration {
  listener: Listener;
  once: boolean;
}

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
  #errored = false;
  #aborted = false;
  /** The failure the stream ended with, for iterations started after the end. */
  #failure: AnthropicError | undefined;
  /** A promise method was called, or the consumer stopped a loop: a failure is someone's to see. */
  #rejectionHandled = false;
  #response: Response | null | undefined;
  #requestID: string | null | undefined;
  #unlinkSignal: (() => void) | undefined;
  #parseMessage: ((message: M) => M) | undefined;
  readonly #connected: Deferred<Response | null> = createDeferred();
  readonly #end: Deferred<void> = createDeferred();

  /**
   * Starts a stream: calls `start` with the stream's own signal and consumes what it returns.
   * The messages package calls it with `(signal) => client.request({ ...stream request, signal }, parseSSEStream).withResponse()`.
   *
   * @example
   * MessageStream.fromRequest<Message, RawMessageStreamEvent, MessageParam>(
   *   (signal) => client.request({ method: 'post', path: '/v1/messages', body: { ...params, stream: true }, stream: true, signal }, parseSSEStream).withResponse(),
   *   { signal: options?.signal, messages: params.messages },
   * );
   */
  static fromRequest<M extends AccumulatableMessage, E extends AccumulatableEvent, P = MessageParamLike>(
    start: StartMessageStream<E>,
    options: MessageStreamOptions<M, P> = {},
  ): MessageStream<M, E, P> {
    const stream = new MessageStream<M, E, P>();
    if (options.messages) stream.messages = [...options.messages];
    stream.#parseMessage = options.parseMessage;
    stream.#unlinkSignal = linkAbort(options.signal, stream.controller);
    stream.#run(async () => {
      const { data, response } = await start(stream.controller.signal);
      stream.#connect(response);
      await stream.#consume(data);
    });
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
    stream.#run(async () => {
      stream.#connect(null);
      await stream.#consume(Stream.fromReadableStream<E>(readable, stream.controller));
    });
    return stream;
  }

  /** The HTTP response, once connected; `null` for `fromReadableStream`. */
  get response(): Response | null | undefined {
    return this.#response;
  }
  /** The `request-id` response header; quote it when reporting an issue. */
  get request_id(): string | null | undefined {
    return this.#requestID;
  }
  /** The `anthropic-workspace-id` response header. */
  get workspace_id(): string | null | undefined {
    return this.#response?.headers.get('anthropic-workspace-id');
  }
  /** The message being built; `undefined` before `message_start` and after the stream completed. */
  get currentMessage(): M | undefined {
    return this.#snapshot;
  }
  get ended(): boolean {
    return this.#ended;
  }
  get errored(): boolean {
    return this.#errored;
  }
  get aborted(): boolean {
    return this.#aborted;
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
    const registrations = this.#listeners[event];
    const index = registrations ? registrations.findIndex((registration) => registration.listener === listener) : -1;
    // Copy on write: an emit in progress keeps iterating the array it started with.
    if (registrations && index >= 0) this.#listeners[event] = registrations.filter((_, position) => position !== index);
    return this;
  }

  /**
   * The next emission of `event`: resolves with its argument (or argument tuple). Rejects when the
   * stream fails or aborts first, or ends without emitting it. `emitted('error')` resolves with the error.
   *
   * @example
   * const message = await stream.emitted('message');
   */
  emitted<Event extends keyof MessageStreamEvents<M, E>>(event: Event): Promise<EmittedValue<MessageStreamEvents<M, E>[Event]>> {
    this.#rejectionHandled = true;
    return new Promise((resolve, reject) => {
      if (this.#ended) {
        reject(new AnthropicError(`The stream has ended; it will not emit "${event}".`));
        return;
      }
      const settle = (outcome: () => void): void => {
        this.off(event, onEvent as never).off('error', onFailure).off('abort', onFailure).off('end', onEnd);
        outcome();
      };
      const onEvent = (...args: unknown[]): void => settle(() => resolve((args.length <= 1 ? args[0] : args) as never));
      const onFailure = (error: AnthropicError): void => settle(() => reject(error));
      const onEnd = (): void => settle(() => reject(new AnthropicError(`The stream ended without emitting "${event}".`)));
      this.on(event, onEvent as never);
      if (event !== 'error') this.on('error', onFailure);
      if (event !== 'abort') this.on('abort', onFailure);
      if (event !== 'end') this.on('end', onEnd);
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
    return this.#lastMessage();
  }

  /** The text blocks of the final message, joined with a single space (as the official TS SDK does). */
  async finalText(): Promise<string> {
    await this.done();
    const texts: string[] = [];
    for (const block of this.#lastMessage().content as unknown as Fields[]) {
      if (block['type'] === 'text') texts.push(block['text'] as string);
    }
    if (texts.length === 0) throw new AnthropicError('stream ended without producing a content block with type=text');
    return texts.join(' ');
  }

  /** The stream, its `Response` and request ids; rejects for `fromReadableStream` streams (no response). */
  async withResponse(): Promise<MessageStreamWithResponse<this>> {
    this.#rejectionHandled = true;
    const response = await this.#connected.promise;
    if (!response) throw new AnthropicError('Could not resolve a `Response` object');
    return {
      data: this,
      response,
      request_id: response.headers.get('request-id'),
      workspace_id: response.headers.get('anthropic-workspace-id'),
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
    return new Stream<E>(() => this[Symbol.asyncIterator](), this.controller).toReadableStream();
  }

  #add(event: keyof MessageStreamEvents<M, E>, listener: Listener, once: boolean): this {
    const registrations = this.#listeners[event];
    this.#listeners[event] = registrations ? [...registrations, { listener, once }] : [{ listener, once }];
    return this;
  }

  #hasListeners(event: keyof MessageStreamEvents<M, E>): boolean {
    const registrations = this.#listeners[event];
    return registrations !== undefined && registrations.length > 0;
  }

  #emit<Event extends keyof MessageStreamEvents<M, E>>(event: Event, ...args: Parameters<MessageStreamEvents<M, E>[Event]>): void {
    if (this.#ended) return;
    if (event === 'end') this.#finish();
    const registrations = this.#listeners[event];
    if (!registrations || registrations.length === 0) return;
    if (registrations.some((registration) => registration.once)) {
      this.#listeners[event] = registrations.filter((registration) => !registration.once);
    }
    for (const { listener } of registrations) (listener as (...values: unknown[]) => void)(...args);
  }

  /** Runs the request; every way it can end leads to exactly one `end`. */
  #run(execute: () => Promise<void>): void {
    // Started a microtask later, so listeners added right after creation see `connect` too.
    Promise.resolve()
      .then(execute)
      .then(() => {
        const last = this.receivedMessages.at(-1);
        if (last) this.#emit('finalMessage', last);
        this.#emit('end');
      })
      .catch((error: unknown) => this.#fail(error));
  }

  #connect(response: Response | null): void {
    if (this.#ended) return;
    this.#response = response;
    this.#requestID = response?.headers.get('request-id');
    this.#connected.resolve(response);
    this.#emit('connect');
  }

  async #consume(stream: Stream<E>): Promise<void> {
    this.#snapshot = undefined;
    for await (const event of stream) this.#addStreamEvent(event);
    if (stream.controller.signal.aborted || this.controller.signal.aborted) {
      throw new APIUserAbortError({ cause: this.controller.signal.reason ?? stream.controller.signal.reason });
    }
    if (!this.#snapshot) throw new AnthropicError('request ended without sending any chunks');
    this.#snapshot = undefined;
  }

  #addStreamEvent(event: E): void {
    if (this.#ended) return;
    const snapshot = accumulateMessageEvent(this.#snapshot, event);
    this.#snapshot = snapshot;
    this.#emit('streamEvent', event, snapshot);
    const fields = event as unknown as Fields;
    switch (event.type) {
      case 'content_block_delta': {
        const block = snapshot.content[fields['index'] as number] as Fields | undefined;
        if (block) this.#emitDelta(block, fields['delta'] as Fields);
        break;
      }
      case 'content_block_stop': {
        const block = snapshot.content[fields['index'] as number];
        if (block) this.#emit('contentBlock', block);
        break;
      }
      case 'message_stop': {
        const message = this.#parseMessage ? this.#parseMessage(snapshot) : snapshot;
        this.messages.push(snapshot as unknown as P);
        this.receivedMessages.push(message);
        this.#emit('message', message);
        break;
      }
      default:
    }
  }

  #emitDelta(block: Fields, delta: Fields): void {
    switch (delta['type']) {
      case 'text_delta':
        if (block['type'] === 'text') this.#emit('text', delta['text'] as string, block['text'] as string);
        return;
      case 'input_json_delta':
        // Reading `input` parses the buffer: only pay for it when someone listens.
        if (isToolInputBlock(block) && this.#hasListeners('inputJson')) this.#emit('inputJson', delta['partial_json'] as string, block['input']);
        return;
      case 'thinking_delta':
        if (block['type'] === 'thinking') this.#emit('thinking', delta['thinking'] as string, block['thinking'] as string);
        return;
      case 'signature_delta':
        if (block['type'] === 'thinking') this.#emit('signature', block['signature'] as string);
        return;
      case 'citations_delta':
        if (block['type'] === 'text') this.#emit('citation', delta['citation'] as never, (block['citations'] ?? []) as never);
        return;
      case 'compaction_delta':
        if (block['type'] === 'compaction' && delta['content'] != null && typeof block['content'] === 'string') {
          this.#emit('compaction', block['content']);
        }
        return;
      default:
    }
  }

  #lastMessage(): M {
    const last = this.receivedMessages.at(-1);
    if (!last) throw new AnthropicError('stream ended without producing a Message with role=assistant');
    return last;
  }

  /** The error path: `error` (or `abort`), rejected promises, then `end`. */
  #fail(cause: unknown): void {
    // After `end` the only failures left are thrown by `end` listeners: surface them, never swallow.
    if (this.#ended) throw cause;
    const error = toStreamError(cause);
    this.#failure = error;
    this.#errored = true;
    const aborted = error instanceof APIUserAbortError;
    if (aborted) this.#aborted = true;
    const handled =
      this.#rejectionHandled || this.#hasListeners('error') || (aborted && this.#hasListeners('abort'));
    try {
      if (aborted) this.#emit('abort', error);
      else this.#emit('error', error);
    } finally {
      if (!handled) {
        // Deliberate: nobody listens for this failure and no promise carries it, so make it visible.
        // Handle it with stream.on('error', ...), await stream.done() / finalMessage() / finalText().
        void Promise.reject(error);
      }
      this.#connected.reject(error);
      this.#end.reject(error);
      this.#emit('end');
    }
  }

  #finish(): void {
    this.#ended = true;
    this.#unlinkSignal?.();
    this.#unlinkSignal = undefined;
    this.#end.resolve();
  }

  /** The first argument of each `event`, as an iterator that ends with the stream. */
  #iterate<Value>(event: 'streamEvent' | 'text'): AsyncIterator<Value> {
    return createEmissionIterator<Value>({
      subscribe: ({ value, end, failure }) => {
        this.on(event, value as never).on('end', end).on('error', failure).on('abort', failure);
        return () => void this.off(event, value as never).off('end', end).off('error', failure).off('abort', failure);
      },
      ended: this.#ended,
      failure: this.#failure,
      stop: () => {
        // The consumer chose to stop: the abort that follows is expected, not an unhandled failure.
        this.#rejectionHandled = true;
        this.abort();
      },
    });
  }
}

/** Every failure becomes an `AnthropicError`; a fetch `AbortError` becomes `APIUserAbortError`. */
function toStreamError(error: unknown): AnthropicError {
  if (error instanceof Error && error.name === 'AbortError') return new APIUserAbortError({ cause: error });
  if (error instanceof AnthropicError) return error;
  if (error instanceof Error) return new AnthropicError(error.message, { cause: error });
  return new AnthropicError(String(error), { cause: error });
}
