import type { Anthropic, APIPromise, ModelInfo, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';

/** Options of {@link retrieveModel}: request options plus the `betas` to send. */
export type RetrieveModelOptions = RequestOptions & { betas?: readonly string[] | undefined };

/**
 * Fetches one model by id or alias (e.g. `claude-sonnet-4-5`).
 *
 * @example
 * const model = await retrieveModel(client, 'claude-sonnet-4-5');
 */
export function retrieveModel(
  client: Anthropic,
  modelId: string,
  options?: RetrieveModelOptions,
): APIPromise<ModelInfo> {
  return client.get<ModelInfo>(path`/v1/models/${modelId}`, options);
}
