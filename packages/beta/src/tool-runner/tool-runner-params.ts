import type { RequestOptions } from '@anth/core';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaMessageCreateParamsBase } from '../types/beta-message-params.js';
import type { BetaToolUnion } from '../types/beta-tools.js';

/**
 * Parameters of the tool runner: beta create parameters whose `tools` may mix runnable tools
 * (`betaTool`, `betaZodTool`, `mcpTool`, `betaMemoryTool`, or any client tool with `run` and `parse`)
 * and plain definitions (server tools, MCP toolsets), plus the runner's own settings:
 * `max_iterations`, `stream`, `runToolsEagerly` and `thread`. The wire fields `thread` and
 * `compaction` are the runner's to set (`thread: true`, `compactBeforeNextTurn()`).
 *
 * @example
 * const params: BetaToolRunnerParams = { model: 'claude-opus-4-6', max_tokens: 1024, max_iterations: 5, tools: [weather], messages };
 */
export interface BetaToolRunnerParams
  extends Omit<BetaMessageCreateParamsBase, 'tools' | 'stream' | 'thread' | 'compaction'> {
  tools: Array<BetaToolUnion | BetaRunnableTool>;

  /**
   * The most requests the runner sends (a positive integer); unbounded when absent. When the budget
   * is spent the runner ends with the last message, whose tool calls (if any) are not run: they stay
   * the last entry of `runner.params.messages`, and `generateToolResponse()` runs them on demand.
   */
  max_iterations?: number | undefined;

  /** Stream every turn: the runner then yields one `MessageStream` per turn. */
  stream?: boolean;

  /**
   * Start each tool call while the reply still streams, as soon as the model has moved on from it,
   * instead of once the reply is complete (needs `stream: true`). Optimistic: a tool may have run
   * for a turn you then change; hold the calls that must not run early with `deferToolCall()`.
   *
   * @default false
   */
  runToolsEagerly?: boolean | undefined;

  /**
   * `true`: keep the conversation in a server-side message thread (the `message-threads-2026-08-12`
   * beta), so each request after the first sends only the new messages. By default (or `false`) the
   * runner keeps the conversation and sends all of it every turn, which works on every backend.
   * Clients of a cloud backend never thread. Read when the runner is created.
   *
   * @default false
   */
  thread?: boolean | undefined;
}

/**
 * Request options of every request the runner sends. `signal` also aborts the run: the request in
 * flight, the wait for tools (their `context.signal` aborts too), and the loop.
 */
export type BetaToolRunnerOptions = RequestOptions;
