import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaMessageParam } from '../types/beta-message.js';
import type { BetaToolUnion } from '../types/beta-tools.js';

/**
 * The name the model calls a tool by: `name`, or `mcp_server_name` for MCP toolsets, or `type` for
 * nameless toolsets.
 */
export function toolNameOf(tool: BetaToolUnion | BetaRunnableTool): string {
  if ('name' in tool && typeof tool.name === 'string') return tool.name;
  if ('mcp_server_name' in tool) return tool.mcp_server_name;
  return String((tool as { type?: unknown }).type);
}

/**
 * The runnable tool the model called by `name`, or `undefined` when there is none, it is not
 * runnable (a server tool, a plain definition), or a `tool_removal` in a `system` message withdrew it
 * (a later `tool_addition` brings it back).
 *
 * @example
 * const tool = findRunnableTool(params.tools, params.messages, toolUse.name);
 */
export function findRunnableTool(
  tools: ReadonlyArray<BetaToolUnion | BetaRunnableTool>,
  messages: readonly BetaMessageParam[],
  name: string,
): BetaRunnableTool | undefined {
  if (withdrawnToolNames(messages).has(name)) return undefined;
  const tool = tools.find((candidate) => toolNameOf(candidate) === name);
  return tool && typeof (tool as Partial<BetaRunnableTool>).run === 'function' ? (tool as BetaRunnableTool) : undefined;
}

function withdrawnToolNames(messages: readonly BetaMessageParam[]): Set<string> {
  const withdrawn = new Set<string>();
  for (const message of messages) {
    if (message.role !== 'system' || typeof message.content === 'string') continue;
    for (const block of message.content) {
      if (block.type === 'tool_removal' && block.tool.type === 'tool_reference') withdrawn.add(block.tool.name);
      else if (block.type === 'tool_addition' && block.tool.type === 'tool_reference')
        withdrawn.delete(block.tool.name);
    }
  }
  return withdrawn;
}
