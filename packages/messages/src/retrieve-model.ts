import type { Anthropic, APIPromise, ModelInfo, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';

/** Options of {@link retrieveModel}: the usual request options (the GA Models API takes no betas). */
export type RetrieveModelOptions = RequestOptions;

/**
 * Fetches one model by id or alias (e.g. `claude-opus-4-6`). Sends no `anthropic-beta`.
 *
 * @example
 * const model = await retrieveModel(client, 'claude-opus-4-6');
 */
export function retrieveModel(
  client: Anthropic,
  modelId: string,
  options?: RetrieveModelOptions,
): APIPromise<ModelInfo> {
  // `betas` of an untyped caller (the option of SDKs before 2026-10-21) are not sent: no anthropic-beta here.
  return client.get<ModelInfo>(path`/v1/models/${modelId}`, { ...options, betas: undefined });
}
