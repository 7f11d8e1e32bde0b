import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import type { BetaDeletedMessageBatch } from '../types/beta-batches.js';

/**
 * Deletes an ended beta batch (`DELETE /v1/messages/batches/{id}`).
 *
 * @example
 * await deleteBetaBatch(client, 'msgbatch_01…'); // { id, type: 'message_batch_deleted' }
 */
export function deleteBetaBatch(
  client: Anthropic,
  batchId: string,
  options: BetaRequestOptions = {},
): APIPromise<BetaDeletedMessageBatch> {
  return client.delete<BetaDeletedMessageBatch>(path`/v1/messages/batches/${batchId}`, options);
}
