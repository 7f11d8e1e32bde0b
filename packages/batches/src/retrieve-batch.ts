import type { Anthropic, APIPromise, MessageBatch, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';

/**
 * Fetches a Message Batch: its `processing_status` (`in_progress`, `canceling`, `ended`),
 * `request_counts` and, once ended, its `results_url`.
 *
 * @example
 * const batch = await retrieveBatch(client, 'msgbatch_013Zva2CMHLNnXjNJJKqJ2EF');
 * if (batch.processing_status === 'ended') console.log(batch.request_counts);
 */
export function retrieveBatch(client: Anthropic, batchId: string, options?: RequestOptions): APIPromise<MessageBatch> {
  return client.get<MessageBatch>(path`/v1/messages/batches/${batchId}`, options);
}
