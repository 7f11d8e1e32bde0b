import type { ToolUseBlock } from '@anth/core';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaMessageParam } from '../types/beta-message.js';
import type { BetaToolUnion } from '../types/beta-tools.js';
import { findRunnableTool } from './find-tool.js';
import { runToolUse } from './run-tool-use.js';

/**
 * The user turn that answers the client tool calls (`tool_use` blocks; server and MCP tool uses are
 * the API's) of an assistant message, or `null` when it has none. The tools of the turn run
 * concurrently; their results come back in `tool_use` order, all in the one user message.
 *
 * @example
 * const reply = await generateToolResponse(params, lastMessage, signal);
 * if (reply) params.messages.push(reply);
 */
export async function generateToolResponse(
  params: { tools: ReadonlyArray<BetaToolUnion | BetaRunnableTool>; messages: readonly BetaMessageParam[] },
  message: BetaMessageParam | undefined,
  signal: AbortSignal,
): Promise<BetaMessageParam | null> {
  if (!message || message.role !== 'assistant' || typeof message.content === 'string') return null;
  const toolUses = message.content.filter((block): block is ToolUseBlock => block.type === 'tool_use');
  if (toolUses.length === 0) return null;
  const results = await Promise.all(
    toolUses.map((toolUse) =>
      runToolUse(findRunnableTool(params.tools, params.messages, toolUse.name), toolUse, signal),
    ),
  );
  return { role: 'user', content: results };
}
