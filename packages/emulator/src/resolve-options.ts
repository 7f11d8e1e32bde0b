import { createDefaultModels } from './default-models.js';
import { EMULATOR_CREDENTIALS } from './emulator-credentials.js';
import type { EmulatorOptions, ModelInfo } from './types.js';

/** {@link EmulatorOptions} with every default filled in. */
export interface ResolvedEmulatorOptions {
  apiKeys: readonly string[];
  authTokens: readonly string[];
  requireAuth: boolean;
  /** Sorted newest first, as the list endpoint serves them. */
  models: readonly ModelInfo[];
  chunkSize: number;
}

/**
 * Fills in defaults and checks the options once, so request handling never has to.
 *
 * @example
 * resolveOptions({ chunkSize: 4 }).apiKeys; // ['sk-ant-emulator']
 */
export function resolveOptions(options: EmulatorOptions = {}): ResolvedEmulatorOptions {
  const chunkSize = options.chunkSize ?? 8;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${String(options.chunkSize)}`);
  }
  const models = [...(options.models ?? createDefaultModels())];
  // Stable sort keeps the given order for models released the same day.
  models.sort((left, right) => Date.parse(right.created_at) - Date.parse(left.created_at));
  return {
    apiKeys: options.apiKeys ?? [EMULATOR_CREDENTIALS.apiKey],
    authTokens: options.authTokens ?? [EMULATOR_CREDENTIALS.authToken],
    requireAuth: options.requireAuth ?? true,
    models,
    chunkSize,
  };
}
