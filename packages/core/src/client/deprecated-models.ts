import type { Logger } from '../logging/logger.js';

/** End-of-life dates of deprecated models: the official SDK 1.14's table (spec api-2026-10-21 §8). */
const DEPRECATED_MODELS: Readonly<Record<string, string>> = {
  'claude-mythos-preview': 'June 30th, 2026',
  'claude-opus-4-5': 'January 22nd, 2027',
  'claude-opus-4-5-20251101': 'January 22nd, 2027',
  'claude-sonnet-4-5': 'November 30th, 2026',
  'claude-sonnet-4-5-20250929': 'November 30th, 2026',
};

// Models already warned about: once per model per process, so a loop of requests logs one line.
let warnedModels: Set<string> | undefined;

/**
 * Logs (at `warn`, through the client's logger) that `model` is deprecated and when it reaches its
 * end of life, the first time this process sends it; the request is still sent.
 *
 * @example
 * warnIfDeprecatedModel(client.logger, 'claude-sonnet-4-5');
 * // The model 'claude-sonnet-4-5' is deprecated and will reach end-of-life on November 30th, 2026. …
 */
export function warnIfDeprecatedModel(logger: Logger, model: unknown): void {
  if (typeof model !== 'string' || !Object.hasOwn(DEPRECATED_MODELS, model)) return;
  if ((warnedModels ??= new Set()).has(model)) return;
  warnedModels.add(model);
  // The official SDK's words, less its docs link: every `createMessage` bundle carries this line.
  logger.warn(
    `The model '${model}' is deprecated and will reach end-of-life on ${DEPRECATED_MODELS[model]}. Please migrate to a newer model.`,
  );
}
