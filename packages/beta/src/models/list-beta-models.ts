import { listPage, type Anthropic, type PagePromise, type RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams } from '@anth/core/internal';
import type { BetaModelInfo, BetaModelListParams } from '../types/beta-models.js';

/**
 * Lists models in the beta namespace (`GET /v1/models`), newest first; `betas` become the
 * `anthropic-beta` header (without any, the request is the GA one) and `workspace_id` the
 * `anthropic-workspace-id` header, neither in the query.
 *
 * @example
 * for await (const model of listBetaModels(client)) console.log(model.id, model.allowed_fallback_models);
 */
export function listBetaModels(
  client: Anthropic,
  params: BetaModelListParams = {},
  options?: RequestOptions,
): PagePromise<BetaModelInfo> {
  assertWorkspaceParam(params, 'listBetaModels');
  const { betas, ...rest } = params;
  const { body: query, headers } = moveHeaderParams(rest, options?.headers);
  return listPage<BetaModelInfo>(client, '/v1/models', {
    ...options,
    query: { ...query, ...options?.query },
    headers,
    betas,
  });
}
