import type { ModelInfo } from './types.js';
/**
 * The models served when no `models` option is given, newest first like `GET /v1/models`.
 * Dated ids as the real list returns them; {@link findModel} also accepts the aliases
 * (`claude-sonnet-4-5`, `claude-sonnet-4-0`, `claude-3-5-haiku-latest`).
 *
 * @example
 * createDefaultModels()[0]?.id; // 'claude-opus-4-6'
 */
export declare function createDefaultModels(): ModelInfo[];
