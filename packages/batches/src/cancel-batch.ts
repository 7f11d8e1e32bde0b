import type { Anthropic, APIPromise, MessageBatch, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';

/**
 * Asks to cancel a batch that is still processing. The batch moves to `canceling`, then `ended`;
 * requests that had not run come back as `canceled` results (some may still complete).
 *
 * @example
 * const batch = await cancelBatch(client, batchId); // batch.processing_status === 'canceling'
 */
export function cancelBatch(client: Anthropic, batchId: string, options?: RequestOptions): APIPromise<MessageBatch> {
  // POST without a body: no content-type is sent, as in the official SDKs.
  return client.post<MessageBatch>(path`/v1/messages/batches/${batchId}/cancel`, options);
}
