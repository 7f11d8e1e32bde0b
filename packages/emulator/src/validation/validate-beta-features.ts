import { betasOf } from '../beta/beta-header.js';
import { isRecord } from '../is-record.js';

// Request features that exist only behind a beta header (tools.md §5, wire.md §4.1). Without one of
// its betas the API does not know the field, and rejects it as it rejects any unknown field.
const BETA_BODY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  mcp_servers: ['mcp-client-2025-04-04', 'mcp-client-2025-11-20'],
  context_management: ['context-management-2025-06-27'],
  thread: ['message-threads-2026-08-12'],
  compaction: ['compact-2026-09-04'],
};

// Tool types only a beta header enables, with the betas that do.
const BETA_TOOL_TYPES: Readonly<Record<string, readonly string[]>> = {
  computer_20241022: ['computer-use-2024-10-22'],
  bash_20241022: ['computer-use-2024-10-22'],
  text_editor_20241022: ['computer-use-2024-10-22'],
  computer_20250124: ['computer-use-2025-01-24'],
  computer_20251124: ['computer-use-2025-11-24'],
  code_execution_20250522: ['code-execution-2025-05-22'],
  mcp_toolset: ['mcp-client-2025-11-20'],
  advisor_20260301: ['advisor-tool-2026-03-01'],
};

/**
 * The 400 message for a beta-only field or tool sent without its `anthropic-beta` header, or
 * undefined. Checked on `/v1/messages` and `count_tokens`, with or without `?beta=true` (the API
 * goes by the header).
 *
 * @example
 * validateBetaFeatures({ mcp_servers: [] }, new Headers()); // 'mcp_servers: Extra inputs are not permitted'
 */
export function validateBetaFeatures(body: unknown, headers: Headers): string | undefined {
  if (!isRecord(body)) return undefined;
  const betas = betasOf(headers);
  const enabled = (needed: readonly string[]): boolean => needed.some((beta) => betas.has(beta));
  for (const [field, needed] of Object.entries(BETA_BODY_FIELDS)) {
    if (body[field] !== undefined && !enabled(needed)) return `${field}: Extra inputs are not permitted`;
  }
  const tools = body['tools'];
  if (Array.isArray(tools)) {
    for (const [index, tool] of tools.entries()) {
      const type = isRecord(tool) ? tool['type'] : undefined;
      const needed = typeof type === 'string' ? BETA_TOOL_TYPES[type] : undefined;
      if (needed && !enabled(needed)) {
        return `tools.${index}: Input tag '${String(type)}' found using 'type' does not match any of the expected tags (it needs the anthropic-beta header ${needed.map((beta) => `"${beta}"`).join(' or ')})`;
      }
    }
  }
  return undefined;
}
