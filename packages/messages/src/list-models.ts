import {
  listPage,
  type Anthropic,
  type ModelInfo,
  type ModelListParams,
  type PagePromise,
  type RequestOptions,
} from '@anth/core';

/**
 * Lists the models available to your key, newest first. Await it for one page, or `for await` for all.
 * The GA Models API takes no betas and sends no `anthropic-beta` (the beta namespace's does).
 *
 * @example
 * for await (const model of listModels(client)) console.log(model.id, model.display_name);
 */
export function listModels(
  client: Anthropic,
  params: ModelListParams = {},
  options?: RequestOptions,
): PagePromise<ModelInfo> {
  return listPage<ModelInfo>(client, '/v1/models', { ...options, query: { ...params, ...options?.query } });
}
