import { listPage, type Anthropic, type PagePromise, type RequestOptions } from '@anth/core';
import type { BetaBatchListParams, BetaMessageBatch } from '../types/beta-batches.js';

/**
 * Lists batches, most recent first (`GET /v1/messages/batches`, Page pagination).
 *
 * @example
 * for await (const batch of listBetaBatches(client)) console.log(batch.id, batch.processing_status);
 */
export function listBetaBatches(
  client: Anthropic,
  params: BetaBatchListParams = {},
  options?: RequestOptions,
): PagePromise<BetaMessageBatch> {
  const { betas, ...query } = params;
  return listPage<BetaMessageBatch>(client, '/v1/messages/batches', {
    ...options,
    query: { ...query, ...options?.query },
    betas,
  });
}
