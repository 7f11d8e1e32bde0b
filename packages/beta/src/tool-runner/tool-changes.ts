import { toToolDefinition } from '../tools/to-tool-definition.js';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaRequestToolAdditionBlock, BetaRequestToolRemovalBlock } from '../types/beta-content-block-params.js';
import type { BetaMessageParam } from '../types/beta-message.js';
import type { BetaToolUnion } from '../types/beta-tools.js';

/** A change `addTools()` / `removeTools()` queued for the next request. */
export type PendingToolChange =
  | { type: 'addition'; tool: BetaRunnableTool | BetaToolUnion }
  | { type: 'removal'; name: string };

/**
 * The `system` message that tells the model about queued tool changes: a `tool_addition` carrying each
 * added tool's definition by value (its API fields only), a `tool_removal` referring to each removed
 * tool by name, in the order they were made.
 *
 * @example
 * toolChangesMessage([{ type: 'removal', name: 'delete_file' }]);
 * // { role: 'system', content: [{ type: 'tool_removal', tool: { type: 'tool_reference', name: 'delete_file' } }] }
 */
export function toolChangesMessage(changes: readonly PendingToolChange[]): BetaMessageParam {
  const content = changes.map((change): BetaRequestToolAdditionBlock | BetaRequestToolRemovalBlock =>
    change.type === 'removal'
      ? { type: 'tool_removal', tool: { type: 'tool_reference', name: change.name } }
      : { type: 'tool_addition', tool: { type: 'tool_definition', definition: toToolDefinition(change.tool) } },
  );
  return { role: 'system', content };
}
