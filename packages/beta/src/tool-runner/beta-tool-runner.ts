import { AnthropicError, APIUserAbortError, type Anthropic, type ToolUseBlock } from '@anth/core';
import type { BetaMessageStream } from '../messages/beta-message-stream.js';
import { toToolDefinition } from '../tools/to-tool-definition.js';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaMessage, BetaMessageContentParam, BetaMessageParam, BetaStopReason } from '../types/beta-message.js';
import type { BetaCompactionConfig } from '../types/beta-message-params.js';
import type { BetaToolUnion } from '../types/beta-tools.js';
import { assertNoCompactionEdit, compactionRequestBody } from './compaction.js';
import { createCompletion, type Completion } from './completion.js';
import { findRunnableTool, runnableToolsByName, toolNameOf } from './find-tool.js';
import { generateToolResponse, type ToolCallState } from './generate-tool-response.js';
import { MessageThread, type TurnBody } from './message-thread.js';
import { runToolUse } from './run-tool-use.js';
import { sendTurn, streamTurn } from './send-turn.js';
import { toToolInputError } from './to-tool-input-error.js';
import { toolChangesMessage, type PendingToolChange } from './tool-changes.js';
import type { BetaToolRunnerOptions, BetaToolRunnerParams } from './tool-runner-params.js';
import { assertRunnerParams, hasToolUse, isUnfinished, sameMessages } from './runner-checks.js';
import { untilAborted } from './until-aborted.js';
import { watchToolCalls, type WatchedToolCalls } from './watch-tool-calls.js';

/** What the runner yields per turn: the message, or with `stream: true` its `MessageStream`. */
export type BetaToolRunnerTurn<Stream extends boolean> = Stream extends true
  ? BetaMessageStream
  : Stream extends false
    ? BetaMessage
    : BetaMessage | BetaMessageStream;

type Compaction = { status: 'idle' } | { status: 'scheduled'; config: BetaCompactionConfig } | { status: 'in_flight' };

/** How a turn ends the loop body: another request, the end, or the end because `max_iterations` was reached. */
type NextStep = 'continue' | 'stop' | 'limit';

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
 * - The request options' `signal` aborts the run at any point with `APIUserAbortError`; no tool
 *   starts after it.
 * - Between turns you may change course: `setMessagesParams`, `pushMessages`, `setRequestOptions`,
 *   `addTools`, `removeTools`, `compactBeforeNextTurn`.
 * - `runToolsEagerly: true` (with `stream: true`) starts tool calls while the reply streams;
 *   `deferToolCall()` holds one until the end of the turn.
 * - The whole history goes out every turn, unless `thread: true` keeps it in a server-side message
 *   thread (first-party API only).
 *
 * @example
 * const runner = betaToolRunner(client, { model: 'claude-opus-4-6', max_tokens: 1024, tools: [weather], messages });
 * for await (const message of runner) console.log(message.stop_reason);
 * const final = await runner;
 */
export class BetaToolRunner<Stream extends boolean = boolean>
  implements AsyncIterable<BetaToolRunnerTurn<Stream>>, PromiseLike<BetaMessage>
{
  readonly #client: Anthropic;
  #params: BetaToolRunnerParams;
  #options: BetaToolRunnerOptions;
  /** The server-side message thread, with `thread: true` on a client that serves threads. */
  readonly #thread: MessageThread | undefined;
  /** The iterator was started (and not failed, which allows another try). */
  #consumed = false;
  /** The caller changed params or messages during the current turn. */
  #mutated = false;
  #iterations = 0;
  /** The message of the current (or last) turn, compaction requests included. */
  #message: Promise<BetaMessage> | undefined;
  /** The last message of a turn that was not a compaction request: what the run resolves to. */
  #reply: Promise<BetaMessage> | undefined;
  /** The stop reason of the last turn; `null` once the caller took over the history. */
  #lastStopReason: BetaStopReason | null = null;
  /** Tool results for the last assistant message, computed once per turn. */
  #toolResponse: Promise<BetaMessageParam | null> | undefined;
  /** With `runToolsEagerly`: the calls of the streaming reply that are held or started, by `tool_use` id. */
  #calls: Map<string, ToolCallState> | undefined;
  #watched: WatchedToolCalls | undefined;
  /** What `addTools()` / `removeTools()` changed about the tool that runs under a name. */
  readonly #toolOverrides = new Map<string, BetaRunnableTool | null>();
  /** Changes of `addTools()` / `removeTools()` not sent yet, in call order. */
  #pendingToolChanges: PendingToolChange[] = [];
  #compaction: Compaction = { status: 'idle' };
  #completion: Completion = createCompletion();
  /** Passed to tools when the caller gave no signal. */
  readonly #neverAborted = new AbortController().signal;

  constructor(client: Anthropic, params: BetaToolRunnerParams, options: BetaToolRunnerOptions = {}) {
    assertRunnerParams(params);
    const { thread } = params;
    if (thread !== undefined && typeof thread !== 'boolean') {
      throw new AnthropicError(`thread must be true or false; got ${JSON.stringify(thread)}`);
    }
    this.#client = client;
    // Our own list: the runner appends turns to it, never to the caller's array.
    this.#params = { ...params, messages: [...params.messages] };
    this.#options = options;
    if (thread && client.supportsMessageThreads !== true) {
      client.logger.warn(
        'thread: true is ignored: this client sends to a cloud backend, which serves no message threads; the runner sends the whole history every turn.',
      );
    }
    this.#thread = thread && client.supportsMessageThreads === true ? new MessageThread(client.logger) : undefined;
  }

  /** The parameters of the next request (the conversation so far included). */
  get params(): Readonly<BetaToolRunnerParams> {
    return this.#params;
  }

  /**
   * Replaces the parameters of the next request, or maps them. Counts as a change of course: the
   * runner then sends the next request even if the last reply asked for no tool. `thread` is read
   * only when the runner is created.
   *
   * @example
   * runner.setMessagesParams((params) => ({ ...params, max_tokens: 4096 }));
   */
  setMessagesParams(params: BetaToolRunnerParams | ((current: BetaToolRunnerParams) => BetaToolRunnerParams)): void {
    const next = typeof params === 'function' ? params(this.#params) : params;
    assertRunnerParams(next);
    if (this.#compaction.status !== 'idle') assertNoCompactionEdit(next);
    if (this.#compaction.status === 'in_flight' && !sameMessages(next.messages, this.#params.messages)) {
      throw new AnthropicError(
        "Message params can't be changed while the conversation is being compacted, because the compaction " +
          'response is about to replace them. Change them after this iteration instead.',
      );
    }
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
   * Gives the model more tools without changing `params.tools` (which would miss the prompt cache):
   * each tool's definition goes out in a `tool_addition` block of a `system` message with the next
   * request (needs the `inline-tools-2026-09-15` beta, which you add). A runnable tool replaces one of
   * the same name at once, even for a call of the reply being handled (a call already started while
   * streaming keeps the old one); a plain definition is only sent, and stops the runner running a
   * tool of its name.
   *
   * @example
   * runner.addTools(queryDatabase);
   */
  addTools(...tools: Array<BetaRunnableTool | BetaToolUnion>): void {
    for (const tool of tools) {
      // A definition without a `name` (an MCP toolset) is nothing the runner runs or stops running.
      if ('name' in tool && typeof tool.name === 'string')
        this.#toolOverrides.set(tool.name, 'run' in tool ? (tool as BetaRunnableTool) : null);
      this.#pendingToolChanges.push({ type: 'addition', tool });
    }
  }

  /**
   * Takes tools away from the model without changing `params.tools`: they stop being run at once (a
   * call to one, even in the reply being handled, gets the "not found" error result; one already
   * started while streaming finishes), and the model is told in a `tool_removal` block with the next
   * request (needs the `inline-tools-2026-09-15` beta). {@link addTools} brings a tool back.
   *
   * @example
   * runner.removeTools('delete_file');
   */
  removeTools(...tools: Array<BetaRunnableTool | string>): void {
    for (const tool of tools) {
      const name = typeof tool === 'string' ? tool : toolNameOf(tool);
      this.#toolOverrides.set(name, null);
      this.#pendingToolChanges.push({ type: 'removal', name });
    }
  }

  /**
   * With `runToolsEagerly`, holds a tool call of the reply being streamed: it runs at the end of the
   * turn (when the loop body is done, or on `generateToolResponse()`) instead of as soon as the model
   * has moved on from it. A call never starts before your stream listeners and `for await` loops have
   * seen the event that shows it, so call this from either. Does nothing for a call that started,
   * outside the loop body, or without `runToolsEagerly`.
   *
   * @example
   * for await (const stream of runner) {
   *   stream.on('contentBlock', (block) => { if (block.type === 'tool_use' && block.name === 'delete_file') runner.deferToolCall(block) });
   *   await stream.finalMessage();
   * }
   */
  deferToolCall(toolUse: ToolUseBlock | string): void {
    const id = typeof toolUse === 'string' ? toolUse : toolUse.id;
    if (this.#calls && !this.#calls.has(id)) this.#calls.set(id, { status: 'held' });
  }

  /**
   * The tool calls of the reply being streamed that `deferToolCall()` holds, in the model's order
   * (read it once the stream is done); empty without `runToolsEagerly`.
   *
   * @example
   * const held = runner.deferredToolCalls;
   * if (held.length && !(await confirm(held))) break;
   */
  get deferredToolCalls(): ToolUseBlock[] {
    const calls = this.#calls;
    if (!calls || !this.#watched) return [];
    return this.#watched.toolCalls.filter((toolUse) => calls.get(toolUse.id)?.status === 'held');
  }

  /**
   * Asks for a compaction of the conversation: once the current turn is done (its tools included),
   * the runner sends a compaction request (`compaction: { type: 'summarize' }` or `compaction`, the
   * whole conversation; needs the `compact-2026-09-04` beta, which you add), yields its reply like any
   * other, and replaces the history with that reply's `compaction` block. A request that produced
   * no summary leaves the history as it was (with a warning). It does not count as an iteration.
   *
   * @throws AnthropicError while `context_management` has a compaction edit.
   * @example
   * for await (const message of runner) if (message.usage.input_tokens > 100_000) runner.compactBeforeNextTurn();
   */
  compactBeforeNextTurn(compaction: BetaCompactionConfig = { type: 'summarize' }): void {
    if (this.#compaction.status === 'in_flight') return;
    assertNoCompactionEdit(this.#params);
    this.#compaction = { status: 'scheduled', config: compaction };
  }

  /**
   * The user turn answering the tool calls of the last assistant message (running the tools once per
   * turn; the runner reuses the result, and calls started while streaming are not run again), or
   * `null` when there are none.
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

  /**
   * Runs the loop, yielding each assistant turn as it comes (a `MessageStream` per turn when
   * `stream: true`); the tool results are sent before the next turn is requested.
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<BetaToolRunnerTurn<Stream>, void, undefined> {
    if (this.#consumed) throw new AnthropicError('Cannot iterate over a consumed stream');
    this.#consumed = true;
    this.#mutated = true;
    this.#toolResponse = undefined;
    let finished = false;
    try {
      for (;;) {
        this.#throwIfAborted();
        this.#flushToolChanges();
        // The API can't compact a conversation that ends mid-turn: a paused turn is resumed first.
        if (this.#compaction.status === 'scheduled' && !isUnfinished(this.#lastStopReason)) {
          yield* this.#compact(this.#compaction.config);
          continue;
        }
        this.#mutated = false;
        this.#toolResponse = undefined;
        this.#iterations += 1;
        yield* this.#turn(this.#requestBody());
        this.#reply = this.#message;
        const next = await this.#advance();
        if (next === 'continue') continue;
        if (next === 'stop') yield* this.#compactAfterFinalTurn();
        break;
      }
      // A tool started while the last reply streamed is not left running.
      await untilAborted(this.#startedCallsSettled(), this.#options.signal);
      const last = this.#reply ?? this.#message;
      if (!last) throw new AnthropicError('ToolRunner concluded without a message from the server');
      const final = await last;
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
        const last = this.#reply ?? this.#message;
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
   * Sends one request and yields it (the message, or its stream); `#message` is set before the
   * yield. The stream is aborted once the consumer moves on: nothing more is read from it.
   */
  async *#turn(body: TurnBody, { compaction = false } = {}): AsyncGenerator<BetaToolRunnerTurn<Stream>, void> {
    await untilAborted(this.#startedCallsSettled(), this.#options.signal);
    this.#calls = undefined;
    this.#watched = undefined;
    const options = this.#requestOptions();
    const turnOptions = { thread: this.#thread, compaction };
    if (!this.#params.stream) {
      const message = sendTurn(this.#client, body, options, turnOptions);
      this.#message = message;
      // Read by `yield` now and again later; an early failure must not count as unhandled meanwhile.
      message.catch(() => {});
      yield (await message) as BetaToolRunnerTurn<Stream>;
      return;
    }
    const stream = streamTurn(this.#client, body, options, turnOptions);
    if (this.#params.runToolsEagerly && !compaction) this.#startToolsEagerly(stream);
    const message = stream.finalMessage().catch((error: unknown) => {
      throw toToolInputError(error);
    });
    message.catch(() => {});
    this.#message = message;
    try {
      yield stream as BetaToolRunnerTurn<Stream>;
      await message;
    } finally {
      stream.abort();
    }
  }

  /** Starts each tool call of `stream` once the model has moved on from it, unless `deferToolCall()` holds it. */
  #startToolsEagerly(stream: BetaMessageStream): void {
    const calls = new Map<string, ToolCallState>();
    this.#calls = calls;
    this.#watched = watchToolCalls(stream, (toolUse) => {
      if (calls.has(toolUse.id) || this.#options.signal?.aborted) return;
      // The tool is looked up now: a later addTools() or removeTools() does not change this call.
      const result = runToolUse(this.#findTool(toolUse.name), toolUse, this.#options.signal ?? this.#neverAborted);
      result.catch(() => {});
      calls.set(toolUse.id, { status: 'started', result });
    });
  }

  /** Waits for the calls of the last streamed reply that started, whether or not their results were sent. */
  async #startedCallsSettled(): Promise<void> {
    const started = [...(this.#calls?.values() ?? [])].flatMap((call) =>
      call.status === 'started' ? [call.result] : [],
    );
    await Promise.allSettled(started);
  }

  /**
   * After a turn: records the reply (unless the caller changed course), runs the tools, and says
   * whether another request follows.
   */
  async #advance(): Promise<NextStep> {
    const message = await (this.#message as Promise<BetaMessage>);
    if (this.#mutated) {
      // The caller took over the history: the last reply no longer says how it ends.
      this.#lastStopReason = null;
    } else {
      this.#lastStopReason = message.stop_reason;
      this.#params.messages.push({ role: message.role, content: message.content as BetaMessageContentParam });
      // Code execution state lives in the container: keep using it unless the caller chose one.
      if (message.container && this.#params.container == null) this.#params.container = message.container.id;
      // A refusal may cut a tool call short: never run it.
      if (message.stop_reason === 'refusal') return 'stop';
    }
    const { max_iterations: maxIterations } = this.#params;
    if (maxIterations !== undefined && this.#iterations >= maxIterations) return 'limit';
    const toolMessage = await untilAborted(this.#toolResponseFor(this.#params.messages.at(-1)), this.#options.signal);
    if (toolMessage) {
      this.#params.messages.push(toolMessage);
      return 'continue';
    }
    // A long-running server tool paused: sending the turn back lets the model continue.
    if (!this.#mutated && isUnfinished(message.stop_reason)) return 'continue';
    return this.#mutated ? 'continue' : 'stop';
  }

  /** Sends the compaction request and, when it produced a summary, replaces the history with it. */
  async *#compact(config: BetaCompactionConfig): AsyncGenerator<BetaToolRunnerTurn<Stream>, void> {
    assertNoCompactionEdit(this.#params);
    this.#compaction = { status: 'in_flight' };
    this.#toolResponse = undefined;
    try {
      yield* this.#turn(compactionRequestBody(this.#requestBody(), config), { compaction: true });
      const message = await (this.#message as Promise<BetaMessage>);
      if (message.content.some((block) => block.type === 'compaction' && block.content)) {
        // Tools the dropped history withdrew stay withdrawn.
        const runnable = runnableToolsByName(this.#params.tools, this.#toolOverrides);
        for (const name of runnable.keys()) if (!this.#findTool(name)) this.#toolOverrides.set(name, null);
        // The response goes back first, in place of the messages it summarizes.
        this.#params.messages = [{ role: message.role, content: message.content as BetaMessageContentParam }];
        this.#lastStopReason = null;
      } else {
        this.#client.logger.warn('Compaction produced no summary; keeping the conversation as it is.');
      }
    } finally {
      this.#compaction = { status: 'idle' };
    }
  }

  /** A compaction asked for during the final turn still runs, unless that turn ended with tool calls never run. */
  async *#compactAfterFinalTurn(): AsyncGenerator<BetaToolRunnerTurn<Stream>, void> {
    if (this.#compaction.status !== 'scheduled') return;
    if (hasToolUse(this.#params.messages.at(-1))) {
      this.#client.logger.warn(
        'The pending compaction was skipped because the last turn ended with tool calls that were not run. ' +
          'Call `compactBeforeNextTurn()` again if you continue the conversation.',
      );
      this.#compaction = { status: 'idle' };
      return;
    }
    yield* this.#compact(this.#compaction.config);
  }

  /** Appends the `system` message of the queued tool changes (a paused turn must stay last: they wait for the next). */
  #flushToolChanges(): void {
    if (this.#pendingToolChanges.length === 0 || isUnfinished(this.#lastStopReason)) return;
    this.#params.messages.push(toolChangesMessage(this.#pendingToolChanges));
    this.#pendingToolChanges = [];
  }

  /** The runnable tool called `name` now: `params.tools` with the changes of `addTools()`, `removeTools()` and the history. */
  #findTool(name: string): BetaRunnableTool | undefined {
    const messages = this.#pendingToolChanges.length
      ? [...this.#params.messages, toolChangesMessage(this.#pendingToolChanges)]
      : this.#params.messages;
    return findRunnableTool(this.#params.tools, messages, name, this.#toolOverrides);
  }

  /** The request body: everything but the runner's own fields, with tools in their wire form. */
  #requestBody(): TurnBody {
    const {
      max_iterations: _maxIterations,
      stream: _stream,
      runToolsEagerly: _runToolsEagerly,
      thread: _thread,
      tools,
      ...params
    } = this.#params;
    return { ...params, tools: tools.map(toToolDefinition) };
  }

  #requestOptions(): BetaToolRunnerOptions {
    return { ...this.#options, headers: { 'x-stainless-helper': 'BetaToolRunner', ...this.#options.headers } };
  }

  #toolResponseFor(message: BetaMessageParam | undefined): Promise<BetaMessageParam | null> {
    if (this.#toolResponse) return this.#toolResponse;
    const response = generateToolResponse(message, {
      findTool: (name) => this.#findTool(name),
      signal: this.#options.signal ?? this.#neverAborted,
      calls: this.#calls,
    });
    response.catch(() => {});
    this.#toolResponse = response;
    return response;
  }

  #throwIfAborted(): void {
    const signal = this.#options.signal;
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
  }

  #settle(action: (completion: Completion) => void): void {
    if (this.#completion.settled) return;
    this.#completion.settled = true;
    action(this.#completion);
  }
}
