import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import { MESSAGE_BATCHES_BETA, withRequiredBeta } from '../required-betas.js';
import type { BetaDeletedMessageBatch } from '../types/beta-batches.js';

/**
 * Deletes an ended beta batch (`DELETE /v1/messages/batches/{id}?beta=true`).
 *
 * @example
 * await deleteBetaBatch(client, 'msgbatch_01…'); // { id, type: 'message_batch_deleted' }
 */
export function deleteBetaBatch(
  client: Anthropic,
  batchId: string,
  options: BetaRequestOptions = {},
): APIPromise<BetaDeletedMessageBatch> {
  const { betas, ...rest } = options;
  return client.delete<BetaDeletedMessageBatch>(path`/v1/messages/batches/${batchId}?beta=true`, {
    ...rest,
    betas: withRequiredBeta(betas, MESSAGE_BATCHES_BETA),
  });
}
