import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaContentBlockParam } from '../types/beta-content-block-params.js';
import type { BetaMessageParam } from '../types/beta-message.js';
import type { BetaToolUnion } from '../types/beta-tools.js';

/**
 * What `addTools()` / `removeTools()` changed about which tool runs under a name: the runnable tool
 * added under it, or `null` once it was removed (or taken by a plain definition the runner cannot run).
 * A name without an entry is looked up in `params.tools`.
 */
export type ToolOverrides = ReadonlyMap<string, BetaRunnableTool | null>;

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
 * runnable (a server tool, a plain definition), `removeTools()` removed it, or a `tool_removal`
 * (in a `system` message, or in the `tool_changes` of a `compaction` block) withdrew it; a later
 * `tool_addition` brings it back.
 *
 * @example
 * const tool = findRunnableTool(params.tools, params.messages, toolUse.name);
 */
export function findRunnableTool(
  tools: ReadonlyArray<BetaToolUnion | BetaRunnableTool>,
  messages: readonly BetaMessageParam[],
  name: string,
  overrides: ToolOverrides = new Map(),
): BetaRunnableTool | undefined {
  const runnable = runnableToolsByName(tools, overrides);
  return availableToolNames(runnable, messages).has(name) ? runnable.get(name) : undefined;
}

/** The runnable tools of `tools` by name, with the overrides of `addTools()` / `removeTools()` applied. */
export function runnableToolsByName(
  tools: ReadonlyArray<BetaToolUnion | BetaRunnableTool>,
  overrides: ToolOverrides,
): Map<string, BetaRunnableTool> {
  const runnable = new Map<string, BetaRunnableTool>();
  for (const tool of tools) {
    if (typeof (tool as Partial<BetaRunnableTool>).run === 'function')
      runnable.set(toolNameOf(tool), tool as BetaRunnableTool);
  }
  for (const [name, tool] of overrides) {
    if (tool) runnable.set(name, tool);
    else runnable.delete(name);
  }
  return runnable;
}

/** The names of `runnable` the model may still call once the tool changes of `messages` are applied in order. */
function availableToolNames(
  runnable: ReadonlyMap<string, BetaRunnableTool>,
  messages: readonly BetaMessageParam[],
): Set<string> {
  const available = new Set(runnable.keys());
  for (const message of messages) {
    if (message.content === undefined || typeof message.content === 'string') continue;
    for (const block of message.content) {
      if (message.role === 'system') applyToolChange(block, available);
      else if (message.role === 'assistant' && block.type === 'compaction') {
        // A compaction block's tool changes stand in for the system messages of the turns it summarized.
        for (const change of (block as { tool_changes?: BetaContentBlockParam[] | null }).tool_changes ?? [])
          applyToolChange(change, available);
      }
    }
  }
  return available;
}

function applyToolChange(block: BetaContentBlockParam, available: Set<string>): void {
  if (block.type !== 'tool_addition' && block.type !== 'tool_removal') return;
  const { tool } = block;
  const name =
    tool.type === 'tool_reference'
      ? tool.name
      : tool.type === 'tool_definition' && 'name' in tool.definition
        ? String(tool.definition.name)
        : undefined;
  if (name === undefined) return;
  if (block.type === 'tool_removal') available.delete(name);
  else available.add(name);
}
