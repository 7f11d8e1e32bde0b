import type { ToolUseBlock } from '@anth/core';
import type { BetaToolResultContentBlockParam } from '../types/beta-content-block-params.js';
import type { BetaClientToolDefinition } from '../types/beta-tools.js';

/** What a tool's `run` returns: a string, or content blocks (text, images, documents, …). */
export type BetaToolResult = string | BetaToolResultContentBlockParam[];

/**
 * The second argument of `run`: the call being served, and a signal that aborts when the runner is
 * aborted (check it in long work; the runner stops waiting for the tool at once).
 *
 * @example
 * run: async ({ url }, { signal }) => (await fetch(url, { signal })).text()
 */
export interface BetaToolRunContext {
  /** The `tool_use` block being answered. */
  toolUse: ToolUseBlock;

  /** Aborted when the runner's `signal` aborts. */
  signal: AbortSignal;
}

/**
 * The functions that make a tool definition runnable. Methods, so a tool with a precise input type
 * fits wherever a `BetaRunnableTool` (of unknown input) is expected.
 */
export interface BetaRunnableToolFunctions<Input> {
  /**
   * Runs the tool. A throw becomes a `tool_result` with `is_error: true` (a `ToolError` sends its
   * own content; anything else `Error: <message>`), not a failure of the runner.
   */
  run(input: Input, context: BetaToolRunContext): BetaToolResult | Promise<BetaToolResult>;

  /** Turns the model's raw input into `Input` (validation); a throw is reported like one from `run`. */
  parse(input: unknown): Input | Promise<Input>;

  /** Releases resources the tool holds (optional). */
  close?(): void | Promise<void>;
}

/**
 * A client tool definition with the functions the tool runner calls. `betaTool()` and
 * `betaZodTool()` build them; any definition of `BetaClientToolDefinition` (bash, text editor,
 * computer, memory) can be made runnable by adding `run` and `parse`.
 *
 * @example
 * const bash: BetaRunnableTool<{ command: string }> = {
 *   type: 'bash_20250124', name: 'bash',
 *   parse: (input) => input as { command: string },
 *   run: async ({ command }) => runInSandbox(command),
 * };
 */
export type BetaRunnableTool<
  Input = unknown,
  Definition extends BetaClientToolDefinition = BetaClientToolDefinition,
> = Definition & BetaRunnableToolFunctions<Input>;
