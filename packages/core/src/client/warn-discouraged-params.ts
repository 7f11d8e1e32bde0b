import type { Anthropic } from './anthropic.js';

/** Models on which `thinking: { type: 'enabled' }` still works but `adaptive` is the recommendation. */
const ADAPTIVE_THINKING_MODELS = ['claude-mythos-preview', 'claude-opus-4-6'];

/**
 * Logs (at `warn`) request parameters the API accepts but discourages; the request is still sent.
 */
export function warnOnDiscouragedParams(
  client: Anthropic,
  params: { model?: unknown; thinking?: { type?: unknown } | null | undefined },
): void {
  if (
    params.thinking?.type === 'enabled' &&
    typeof params.model === 'string' &&
    ADAPTIVE_THINKING_MODELS.includes(params.model)
  ) {
    client.logger.warn(`thinking.type "enabled" is discouraged for ${params.model}; use { type: "adaptive" } instead.`);
  }
}
