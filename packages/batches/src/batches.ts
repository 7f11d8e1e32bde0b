import type {
  Anthropic,
  APIPromise,
  BatchCreateParams,
  BatchListParams,
  DeletedMessageBatch,
  MessageBatch,
  MessageBatchIndividualResponse,
  PagePromise,
  RequestOptions,
  Stream,
} from '@anth/core';
import { batchResults } from './batch-results.js';
import { cancelBatch } from './cancel-batch.js';
import { createBatch } from './create-batch.js';
import { deleteBatch } from './delete-batch.js';
import { listBatches } from './list-batches.js';
import { retrieveBatch } from './retrieve-batch.js';
import { waitForBatch, type WaitForBatchOptions } from './wait-for-batch.js';

/**
 * The Message Batches API as a class: sugar over {@link createBatch}, {@link retrieveBatch},
 * {@link listBatches}, {@link cancelBatch}, {@link deleteBatch}, {@link batchResults} and
 * {@link waitForBatch}.
 *
 * @example
 * const batches = new Batches(new Anthropic());
 * const batch = await batches.create({ requests: [{ custom_id: 'q1', params: { model: 'claude-opus-4-6', max_tokens: 512, messages: [{ role: 'user', content: 'Hi' }] } }] });
 * await batches.waitForEnd(batch.id, { onProgress: (b) => console.log(b.processing_status) });
 * for await (const line of await batches.results(batch.id)) console.log(line.custom_id, line.result.type);
 */
export class Batches {
  constructor(private readonly client: Anthropic) {}

  /** See {@link createBatch}. */
  create(params: BatchCreateParams, options?: RequestOptions): APIPromise<MessageBatch> {
    return createBatch(this.client, params, options);
  }

  /** See {@link retrieveBatch}. */
  retrieve(batchId: string, options?: RequestOptions): APIPromise<MessageBatch> {
    return retrieveBatch(this.client, batchId, options);
  }

  /** See {@link listBatches}. */
  list(params?: BatchListParams, options?: RequestOptions): PagePromise<MessageBatch> {
    return listBatches(this.client, params, options);
  }

  /** See {@link cancelBatch}. */
  cancel(batchId: string, options?: RequestOptions): APIPromise<MessageBatch> {
    return cancelBatch(this.client, batchId, options);
  }

  /** See {@link deleteBatch}. */
  delete(batchId: string, options?: RequestOptions): APIPromise<DeletedMessageBatch> {
    return deleteBatch(this.client, batchId, options);
  }

  /** See {@link batchResults}. */
  results(batchId: string, options?: RequestOptions): APIPromise<Stream<MessageBatchIndividualResponse>> {
    return batchResults(this.client, batchId, options);
  }

  /** See {@link waitForBatch}. */
  waitForEnd(batchId: string, options?: WaitForBatchOptions): Promise<MessageBatch> {
    return waitForBatch(this.client, batchId, options);
  }
}
