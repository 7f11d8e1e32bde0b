import type { BetaToolUnion } from '../types/beta-tools.js';
import type { BetaRunnableTool } from './runnable-tool.js';

/**
 * The wire form of a tool: a runnable tool without its functions (`run`, `parse`, `close`), which
 * are not part of the API. Other definitions are returned as they are.
 *
 * @example
 * body.tools = params.tools.map(toToolDefinition);
 */
export function toToolDefinition(tool: BetaToolUnion | BetaRunnableTool): BetaToolUnion {
  if (!('run' in tool) && !('parse' in tool) && !('close' in tool)) return tool;
  const { run: _run, parse: _parse, close: _close, ...definition } = tool as BetaRunnableTool;
  return definition;
}
