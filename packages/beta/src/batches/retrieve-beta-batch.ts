import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import { MESSAGE_BATCHES_BETA, withRequiredBeta } from '../required-betas.js';
import type { BetaMessageBatch } from '../types/beta-batches.js';

/**
 * Fetches a beta batch (`GET /v1/messages/batches/{id}?beta=true`).
 *
 * @example
 * const { processing_status, request_counts } = await retrieveBetaBatch(client, 'msgbatch_01…');
 */
export function retrieveBetaBatch(
  client: Anthropic,
  batchId: string,
  options: BetaRequestOptions = {},
): APIPromise<BetaMessageBatch> {
  const { betas, ...rest } = options;
  return client.get<BetaMessageBatch>(path`/v1/messages/batches/${batchId}?beta=true`, {
    ...rest,
    betas: withRequiredBeta(betas, MESSAGE_BATCHES_BETA),
  });
}
