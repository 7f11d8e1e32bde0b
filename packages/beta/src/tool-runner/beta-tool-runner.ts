import { AnthropicError, APIUserAbortError, type Anthropic } from '@anth/core';
import type { BetaMessageStream } from '../messages/beta-message-stream.js';
import { createBetaMessage } from '../messages/create-beta-message.js';
import { streamBetaMessage } from '../messages/stream-beta-message.js';
import { toToolDefinition } from '../tools/to-tool-definition.js';
import type { BetaMessage, BetaMessageParam } from '../types/beta-message.js';
import { generateToolResponse } from './generate-tool-response.js';
import { toToolInputError } from './to-tool-input-error.js';
import type { BetaToolRunnerOptions, BetaToolRunnerParams } from './tool-runner-params.js';
import { untilAborted } from './until-aborted.js';

/** What the runner yields per turn: the message, or with `stream: true` its `MessageStream`. */
export type BetaToolRunnerTurn<Stream extends boolean> = Stream extends true
  ? BetaMessageStream
  : Stream extends false
    ? BetaMessage
    : BetaMessage | BetaMessageStream;

interface Completion {
  promise: Promise<BetaMessage>;
  resolve: (message: BetaMessage) => void;
  reject: (error: unknown) => void;
  settled: boolean;
}

/**
 * Runs tools until the model stops asking for them. Each turn it sends the conversation, appends the
 * reply, runs the reply's client tool calls concurrently and sends all their results back in one
 * user turn. It stops when a reply asks for no tool (a `pause_turn` of a server tool is continued),
 * on a `refusal`, or when `max_iterations` requests were sent.
 *
 * - `for await (const message of runner)` sees every assistant turn (a `MessageStream` per turn with
 *   `stream: true`); `await runner` (or `runUntilDone()`) gives the final message.
 * - A tool that throws is reported to the model as a `tool_result` with `is_error: true`; a call to an
 *   unknown tool likewise. Input that is not JSON throws `ToolInputError` (tool name, raw input).
 * - A `container` the API returns is reused by the following requests.
 * - The request options' `signal` aborts the run at any point with `APIUserAbortError`.
 * - Between turns you may change course: `setMessagesParams`, `pushMessages`, `setRequestOptions`.
 *
 * @example
 * const runner = betaToolRunner(client, { model: 'claude-sonnet-4-5', max_tokens: 1024, tools: [weather], messages });
 * for await (const message of runner) console.log(message.stop_reason);
 * const final = await runner;
 */
export class BetaToolRunner<Stream extends boolean = boolean>
  implements AsyncIterable<BetaToolRunnerTurn<Stream>>, PromiseLike<BetaMessage>
{
  readonly #client: Anthropic;
  #params: BetaToolRunnerParams;
  #options: BetaToolRunnerOptions;
  /** The iterator was started (and not failed, which allows another try). */
  #consumed = false;
  /** The caller changed params or messages during the current turn. */
  #mutated = false;
  #iterations = 0;
  /** The message of the current (or last) turn. */
  #message: Promise<BetaMessage> | undefined;
  /** Tool results for the last assistant message, computed once per turn. */
  #toolResponse: Promise<BetaMessageParam | null> | undefined;
  #completion: Completion = createCompletion();
  /** Passed to tools when the caller gave no signal. */
  readonly #neverAborted = new AbortController().signal;

  constructor(client: Anthropic, params: BetaToolRunnerParams, options: BetaToolRunnerOptions = {}) {
    assertMaxIterations(params.max_iterations);
    this.#client = client;
    // Our own list: the runner appends turns to it, never to the caller's array.
    this.#params = { ...params, messages: [...params.messages] };
    this.#options = options;
  }

  /** The parameters of the next request (the conversation so far included). */
  get params(): Readonly<BetaToolRunnerParams> {
    return this.#params;
  }

  /**
   * Replaces the parameters of the next request, or maps them. Counts as a change of course: the
   * runner then sends the next request even if the last reply asked for no tool.
   *
   * @example
   * runner.setMessagesParams((params) => ({ ...params, max_tokens: 4096 }));
   */
  setMessagesParams(params: BetaToolRunnerParams | ((current: BetaToolRunnerParams) => BetaToolRunnerParams)): void {
    const next = typeof params === 'function' ? params(this.#params) : params;
    assertMaxIterations(next.max_iterations);
    this.#params = { ...next, messages: [...next.messages] };
    this.#mutated = true;
    this.#toolResponse = undefined;
  }

  /**
   * Appends messages to the conversation (e.g. a user follow-up, or a `system` message withdrawing a
   * tool). Counts as a change of course, like {@link setMessagesParams}.
   *
   * @example
   * runner.pushMessages({ role: 'user', content: 'Also check Berlin.' });
   */
  pushMessages(...messages: BetaMessageParam[]): void {
    this.setMessagesParams((params) => ({ ...params, messages: [...params.messages, ...messages] }));
  }

  /**
   * Replaces the request options of the following requests, or maps them.
   *
   * @example
   * runner.setRequestOptions((options) => ({ ...options, timeout: 120_000 }));
   */
  setRequestOptions(
    options: BetaToolRunnerOptions | ((current: BetaToolRunnerOptions) => BetaToolRunnerOptions),
  ): void {
    this.#options = typeof options === 'function' ? options(this.#options) : options;
  }

  /**
   * The user turn answering the tool calls of the last assistant message (running the tools once per
   * turn; the runner reuses the result), or `null` when there are none.
   *
   * @example
   * for await (const message of runner) console.log(await runner.generateToolResponse());
   */
  async generateToolResponse(): Promise<BetaMessageParam | null> {
    const message = this.#message ? await this.#message : this.#params.messages.at(-1);
    return this.#toolResponseFor(message);
  }

  /** The final message once the loop has ended (however it is driven); rejects with the run's error. */
  done(): Promise<BetaMessage> {
    return this.#completion.promise;
  }

  /** Runs the loop to its end if nobody iterates it, then resolves to the final message. */
  async runUntilDone(): Promise<BetaMessage> {
    if (!this.#consumed) {
      for await (const _turn of this) void _turn;
    }
    return this.done();
  }

  /** `await runner` is `runner.runUntilDone()`. */
  then<Fulfilled = BetaMessage, Rejected = never>(
    onfulfilled?: ((message: BetaMessage) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.runUntilDone().then(onfulfilled, onrejected);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<BetaToolRunnerTurn<Stream>, void, undefined> {
    if (this.#consumed) throw new AnthropicError('Cannot iterate over a consumed stream');
    this.#consumed = true;
    this.#mutated = true;
    this.#toolResponse = undefined;
    let finished = false;
    try {
      for (;;) {
        const signal = this.#options.signal;
        if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
        this.#mutated = false;
        this.#toolResponse = undefined;
        this.#iterations += 1;
        let stream: BetaMessageStream | undefined;
        try {
          if (this.#params.stream) {
            stream = this.#sendStreaming();
            yield stream as BetaToolRunnerTurn<Stream>;
          } else {
            const message = this.#sendNonStreaming();
            yield (await message) as BetaToolRunnerTurn<Stream>;
          }
          if (!(await this.#advance())) break;
        } finally {
          // The consumer moved on (or left the loop): nothing more is read from this turn's stream.
          stream?.abort();
        }
      }
      if (!this.#message) throw new AnthropicError('ToolRunner concluded without a message from the server');
      const final = await this.#message;
      finished = true;
      this.#settle((completion) => completion.resolve(final));
    } catch (error) {
      finished = true;
      // A failed run may be iterated again (e.g. after an overloaded error), from where it stopped.
      this.#consumed = false;
      this.#settle((completion) => completion.reject(error));
      this.#completion = createCompletion();
      throw error;
    } finally {
      if (!finished) {
        // The consumer left the loop early: `done()` settles with the turn it stopped at.
        const last = this.#message;
        if (last)
          last.then(
            (message) => this.#settle((completion) => completion.resolve(message)),
            (error: unknown) => this.#settle((completion) => completion.reject(error)),
          );
        else
          this.#settle((completion) =>
            completion.reject(new AnthropicError('The tool runner was stopped before any message arrived')),
          );
      }
    }
  }

  /**
   * After a turn: records the reply (unless the caller changed course), runs the tools, and says
   * whether another request follows.
   */
  async #advance(): Promise<boolean> {
    const message = await (this.#message as Promise<BetaMessage>);
    if (!this.#mutated) {
      this.#params.messages.push({ role: message.role, content: message.content as BetaMessageParam['content'] });
      // Code execution state lives in the container: keep using it unless the caller chose one.
      if (message.container && this.#params.container == null) this.#params.container = message.container.id;
      // A refusal may cut a tool call short: never run it.
      if (message.stop_reason === 'refusal') return false;
    }
    const { max_iterations: maxIterations } = this.#params;
    if (maxIterations !== undefined && this.#iterations >= maxIterations) return false;
    const toolMessage = await untilAborted(this.#toolResponseFor(this.#params.messages.at(-1)), this.#options.signal);
    if (toolMessage) {
      this.#params.messages.push(toolMessage);
      return true;
    }
    // A long-running server tool paused: sending the turn back lets the model continue.
    if (!this.#mutated && message.stop_reason === 'pause_turn') return true;
    return this.#mutated;
  }

  #sendNonStreaming(): Promise<BetaMessage> {
    const message = Promise.resolve(
      createBetaMessage(this.#client, { ...this.#requestParams(), stream: false }, this.#requestOptions()),
    );
    this.#message = message;
    // Read by `yield` now and again later; an early failure must not count as unhandled meanwhile.
    message.catch(() => {});
    return message;
  }

  #sendStreaming(): BetaMessageStream {
    const stream = streamBetaMessage(this.#client, this.#requestParams(), this.#requestOptions());
    const message = stream.finalMessage().catch((error: unknown) => {
      throw toToolInputError(error);
    });
    message.catch(() => {});
    this.#message = message;
    return stream;
  }

  /** The request body: everything but the runner's own fields, with tools in their wire form. */
  #requestParams(): Omit<BetaToolRunnerParams, 'max_iterations' | 'stream' | 'tools'> & {
    tools: ReturnType<typeof toToolDefinition>[];
  } {
    const { max_iterations: _maxIterations, stream: _stream, tools, ...params } = this.#params;
    return { ...params, tools: tools.map(toToolDefinition) };
  }

  #requestOptions(): BetaToolRunnerOptions {
    return { ...this.#options, headers: { 'x-stainless-helper': 'BetaToolRunner', ...this.#options.headers } };
  }

  #toolResponseFor(message: BetaMessageParam | undefined): Promise<BetaMessageParam | null> {
    if (this.#toolResponse) return this.#toolResponse;
    const response = generateToolResponse(this.#params, message, this.#options.signal ?? this.#neverAborted);
    response.catch(() => {});
    this.#toolResponse = response;
    return response;
  }

  #settle(action: (completion: Completion) => void): void {
    if (this.#completion.settled) return;
    this.#completion.settled = true;
    action(this.#completion);
  }
}

function createCompletion(): Completion {
  let resolve!: (message: BetaMessage) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<BetaMessage>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  // Whoever awaits `done()` sees a failure; nobody awaiting it is not an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject, settled: false };
}

function assertMaxIterations(value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new AnthropicError(`max_iterations must be a positive integer; got ${JSON.stringify(value)}`);
  }
}
