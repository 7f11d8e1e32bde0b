import {
  listPage,
  type Anthropic,
  type BatchListParams,
  type MessageBatch,
  type PagePromise,
  type RequestOptions,
} from '@anth/core';

/**
 * Lists the workspace's Message Batches, most recent first. Await it for one page, or
 * `for await` over it for every batch of every page (`limit`, `after_id`, `before_id`).
 *
 * @example
 * for await (const batch of listBatches(client, { limit: 100 })) console.log(batch.id, batch.processing_status);
 */
export function listBatches(
  client: Anthropic,
  params: BatchListParams = {},
  options?: RequestOptions,
): PagePromise<MessageBatch> {
  return listPage<MessageBatch>(client, '/v1/messages/batches', {
    ...options,
    query: { ...params, ...options?.query },
  });
}
