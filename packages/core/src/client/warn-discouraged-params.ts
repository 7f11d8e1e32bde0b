import type { Anthropic } from './anthropic.js';
import { warnIfDeprecatedModel } from './deprecated-models.js';

/** Models on which `thinking: { type: 'enabled' }` still works but `adaptive` is the recommendation. */
const ADAPTIVE_THINKING_MODELS = ['claude-mythos-preview', 'claude-opus-4-6'];

/**
 * Logs (at `warn`, through the client's logger) what a messages request sends that the API accepts
 * but discourages: a deprecated model (once per model per process), and `thinking.type: "enabled"`
 * where `adaptive` is recommended. The request is still sent.
 *
 * @example
 * warnOnDiscouragedParams(client, params); // before sending params to /v1/messages
 */
export function warnOnDiscouragedParams(
  client: Anthropic,
  params: { model?: unknown; thinking?: { type?: unknown } | null | undefined },
): void {
  warnIfDeprecatedModel(client.logger, params.model);
  if (
    params.thinking?.type === 'enabled' &&
    typeof params.model === 'string' &&
    ADAPTIVE_THINKING_MODELS.includes(params.model)
  ) {
    client.logger.warn(`thinking.type "enabled" is discouraged for ${params.model}; use { type: "adaptive" } instead.`);
  }
}
