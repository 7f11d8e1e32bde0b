import type { ToolResultBlockParam, ToolUseBlock } from '@anth/core';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaMessageParam } from '../types/beta-message.js';
import { runToolUse } from './run-tool-use.js';

/**
 * A tool call of the reply being handled, under `runToolsEagerly`: held by `deferToolCall()` until the
 * end of the turn, or started (its result, once it ends).
 */
export type ToolCallState = { status: 'held' } | { status: 'started'; result: Promise<ToolResultBlockParam> };

/** How {@link generateToolResponse} finds and runs the tools. */
export interface ToolResponseOptions {
  /** The runnable tool the model calls by a name, if any (see `findRunnableTool`). */
  findTool: (name: string) => BetaRunnableTool | undefined;
  /** Passed to every tool; aborted when the run is. */
  signal: AbortSignal;
  /**
   * The calls of the reply started while it streamed, by `tool_use` id: a started call is not run
   * again, and every call run here is recorded (so one started later is not run twice).
   */
  calls?: Map<string, ToolCallState> | undefined;
}

/**
 * The user turn that answers the client tool calls (`tool_use` blocks; server and MCP tool uses are
 * the API's) of an assistant message, or `null` when it has none. The tools of the turn run
 * concurrently; their results come back in `tool_use` order, all in the one user message.
 *
 * @example
 * const reply = await generateToolResponse(lastMessage, { findTool: (name) => tools.get(name), signal });
 * if (reply) params.messages.push(reply);
 */
export async function generateToolResponse(
  message: BetaMessageParam | undefined,
  options: ToolResponseOptions,
): Promise<BetaMessageParam | null> {
  if (!message || message.role !== 'assistant' || typeof message.content === 'string') return null;
  const toolUses = message.content.filter((block): block is ToolUseBlock => block.type === 'tool_use');
  if (toolUses.length === 0) return null;
  const results = await Promise.all(
    toolUses.map((toolUse) => {
      const call = options.calls?.get(toolUse.id);
      if (call?.status === 'started') return call.result;
      const result = runToolUse(options.findTool(toolUse.name), toolUse, options.signal);
      options.calls?.set(toolUse.id, { status: 'started', result });
      return result;
    }),
  );
  return { role: 'user', content: results };
}
