import {
  listPage,
  type Anthropic,
  type ModelInfo,
  type ModelListParams,
  type PagePromise,
  type RequestOptions,
} from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams } from '@anth/core/internal';

/**
 * Lists the models available to your key, newest first. Await it for one page, or `for await` for all.
 * `workspace_id` is sent as the `anthropic-workspace-id` header, never in the query. The GA Models API
 * takes no betas and sends no `anthropic-beta` (the beta namespace's does).
 *
 * @example
 * for await (const model of listModels(client)) console.log(model.id, model.display_name);
 */
export function listModels(
  client: Anthropic,
  params: ModelListParams = {},
  options?: RequestOptions,
): PagePromise<ModelInfo> {
  assertWorkspaceParam(params, 'listModels');
  const { body: query, headers } = moveHeaderParams(params, options?.headers);
  return listPage<ModelInfo>(client, '/v1/models', { ...options, query: { ...query, ...options?.query }, headers });
}
