import type { Anthropic, APIPromise, PagePromise, RequestOptions, Stream } from '@anth/core';
import type { BetaRequestOptions } from '../beta-request-options.js';
import type {
  BetaBatchCreateParams,
  BetaBatchListParams,
  BetaDeletedMessageBatch,
  BetaMessageBatch,
  BetaMessageBatchIndividualResponse,
} from '../types/beta-batches.js';
import { betaBatchResults } from './beta-batch-results.js';
import { cancelBetaBatch } from './cancel-beta-batch.js';
import { createBetaBatch } from './create-beta-batch.js';
import { deleteBetaBatch } from './delete-beta-batch.js';
import { listBetaBatches } from './list-beta-batches.js';
import { retrieveBetaBatch } from './retrieve-beta-batch.js';
import { waitForBetaBatch, type WaitForBetaBatchOptions } from './wait-for-beta-batch.js';

/**
 * Message Batches on the beta endpoint, as a class: sugar over {@link createBetaBatch},
 * {@link retrieveBetaBatch}, {@link listBetaBatches}, {@link cancelBetaBatch},
 * {@link deleteBetaBatch}, {@link betaBatchResults} and {@link waitForBetaBatch}.
 *
 * @example
 * const betaBatches = new BetaBatches(client);
 * const batch = await betaBatches.create({ requests });
 * await betaBatches.waitForEnd(batch.id);
 * for await (const line of await betaBatches.results(batch.id)) console.log(line.custom_id, line.result.type);
 */
export class BetaBatches {
  constructor(private readonly client: Anthropic) {}

  /** See {@link createBetaBatch}. */
  create(params: BetaBatchCreateParams, options?: RequestOptions): APIPromise<BetaMessageBatch> {
    return createBetaBatch(this.client, params, options);
  }

  /** See {@link retrieveBetaBatch}. */
  retrieve(batchId: string, options?: BetaRequestOptions): APIPromise<BetaMessageBatch> {
    return retrieveBetaBatch(this.client, batchId, options);
  }

  /** See {@link listBetaBatches}. */
  list(params?: BetaBatchListParams, options?: RequestOptions): PagePromise<BetaMessageBatch> {
    return listBetaBatches(this.client, params, options);
  }

  /** See {@link cancelBetaBatch}. */
  cancel(batchId: string, options?: BetaRequestOptions): APIPromise<BetaMessageBatch> {
    return cancelBetaBatch(this.client, batchId, options);
  }

  /** See {@link deleteBetaBatch}. */
  delete(batchId: string, options?: BetaRequestOptions): APIPromise<BetaDeletedMessageBatch> {
    return deleteBetaBatch(this.client, batchId, options);
  }

  /** See {@link betaBatchResults}. */
  results(batchId: string, options?: BetaRequestOptions): APIPromise<Stream<BetaMessageBatchIndividualResponse>> {
    return betaBatchResults(this.client, batchId, options);
  }

  /** See {@link waitForBetaBatch}. */
  waitForEnd(batchId: string, options?: WaitForBetaBatchOptions): Promise<BetaMessageBatch> {
    return waitForBetaBatch(this.client, batchId, options);
  }
}
