import type { RequestOptions } from '@anth/core';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaMessageCreateParamsBase } from '../types/beta-message-params.js';
import type { BetaToolUnion } from '../types/beta-tools.js';

/**
 * Parameters of the tool runner: beta create parameters whose `tools` may mix runnable tools
 * (`betaTool`, `betaZodTool`, or any client tool with `run` and `parse`) and plain definitions
 * (server tools, MCP toolsets), plus `max_iterations`. `stream: true` yields a `MessageStream` per turn.
 *
 * @example
 * const params: BetaToolRunnerParams = { model: 'claude-sonnet-4-5', max_tokens: 1024, max_iterations: 5, tools: [weather], messages };
 */
export interface BetaToolRunnerParams extends Omit<BetaMessageCreateParamsBase, 'tools' | 'stream'> {
  tools: Array<BetaToolUnion | BetaRunnableTool>;

  /**
   * The most requests the runner sends (a positive integer); unbounded when absent. When the budget
   * is spent the runner ends with the last message, whose tool calls (if any) are not run: they stay
   * the last entry of `runner.params.messages`, and `generateToolResponse()` runs them on demand.
   */
  max_iterations?: number | undefined;

  /** Stream every turn: the runner then yields one `MessageStream` per turn. */
  stream?: boolean;
}

/**
 * Request options of every request the runner sends. `signal` also aborts the run: the request in
 * flight, the wait for tools (their `context.signal` aborts too), and the loop.
 */
export type BetaToolRunnerOptions = RequestOptions;
