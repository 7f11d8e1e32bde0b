export { createBatch } from './create-batch.js';
export { retrieveBatch } from './retrieve-batch.js';
export { listBatches } from './list-batches.js';
export { cancelBatch } from './cancel-batch.js';
export { deleteBatch } from './delete-batch.js';
export { batchResults } from './batch-results.js';
export { waitForBatch, type WaitForBatchOptions } from './wait-for-batch.js';
export { Batches } from './batches.js';

// The @anth/core types this package's functions take and return (every one its declarations name,
// checked by apps/pack-check), re-exported type-only so its users import them from here
// (`import type { Message } from '@anth/batches'`) at no run-time cost. Classes among them
// (`Anthropic`, `APIPromise`, …) are types here: construct them, or `instanceof` them, from @anth/core.
export type {
  Anthropic,
  APIPromise,
  BatchCreateParams,
  BatchCreateParamsRequest,
  BatchListParams,
  DeletedMessageBatch,
  Message,
  MessageBatch,
  MessageBatchCanceledResult,
  MessageBatchErroredResult,
  MessageBatchExpiredResult,
  MessageBatchIndividualResponse,
  MessageBatchRequestCounts,
  MessageBatchResult,
  MessageBatchSucceededResult,
  MessageCreateParamsNonStreaming,
  PagePromise,
  RequestOptions,
  Stream,
} from '@anth/core';
