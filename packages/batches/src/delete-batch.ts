import type { Anthropic, APIPromise, DeletedMessageBatch, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';

/**
 * Deletes a batch and its results. Only an ended batch can be deleted: cancel one that is still
 * processing and wait for it to end first (the API answers 400 otherwise).
 *
 * @example
 * await deleteBatch(client, batchId); // { id: batchId, type: 'message_batch_deleted' }
 */
export function deleteBatch(
  client: Anthropic,
  batchId: string,
  options?: RequestOptions,
): APIPromise<DeletedMessageBatch> {
  return client.delete<DeletedMessageBatch>(path`/v1/messages/batches/${batchId}`, options);
}
