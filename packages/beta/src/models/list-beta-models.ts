import { listPage, type Anthropic, type ModelListParams, type PagePromise, type RequestOptions } from '@anth/core';
import type { BetaModelInfo } from '../types/beta-models.js';

/**
 * Lists models on the beta endpoint (`GET /v1/models?beta=true`), newest first; `betas` become the
 * `anthropic-beta` header.
 *
 * @example
 * for await (const model of listBetaModels(client)) console.log(model.id, model.allowed_fallback_models);
 */
export function listBetaModels(
  client: Anthropic,
  params: ModelListParams = {},
  options?: RequestOptions,
): PagePromise<BetaModelInfo> {
  const { betas, ...query } = params;
  return listPage<BetaModelInfo>(client, '/v1/models?beta=true', {
    ...options,
    query: { ...query, ...options?.query },
    betas,
  });
}
