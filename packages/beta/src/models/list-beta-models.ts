import { listPage, type Anthropic, type PagePromise, type RequestOptions } from '@anth/core';
import type { BetaModelInfo, BetaModelListParams } from '../types/beta-models.js';

/**
 * Lists models in the beta namespace (`GET /v1/models`), newest first; `betas` become the
 * `anthropic-beta` header (without any, the request is the GA one).
 *
 * @example
 * for await (const model of listBetaModels(client)) console.log(model.id, model.allowed_fallback_models);
 */
export function listBetaModels(
  client: Anthropic,
  params: BetaModelListParams = {},
  options?: RequestOptions,
): PagePromise<BetaModelInfo> {
  const { betas, ...query } = params;
  return listPage<BetaModelInfo>(client, '/v1/models', {
    ...options,
    query: { ...query, ...options?.query },
    betas,
  });
}
