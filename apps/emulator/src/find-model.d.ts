import type { ModelInfo } from './types.js';
/**
 * Finds a model by id or by one of the aliases the API accepts for a dated id:
 * `claude-sonnet-4-5-20250929` answers to `claude-sonnet-4-5`, `claude-sonnet-4-5-0` and
 * `claude-sonnet-4-5-latest`.
 *
 * @example
 * findModel(models, 'claude-sonnet-4-5')?.id; // 'claude-sonnet-4-5-20250929'
 */
export declare function findModel(models: readonly ModelInfo[], requestedId: string): ModelInfo | undefined;
