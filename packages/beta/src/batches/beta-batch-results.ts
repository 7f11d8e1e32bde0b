import type { Anthropic, APIPromise, Stream } from '@anth/core';
import { requestBatchResults } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import type { BetaMessageBatch, BetaMessageBatchIndividualResponse } from '../types/beta-batches.js';
import { retrieveBetaBatch } from './retrieve-beta-batch.js';

/**
 * The results of an ended beta batch, decoded line by line as they download (core's shared batch
 * results machinery): looks the batch up, then streams its `results_url` with your `betas`.
 * Rejects without downloading while the batch is still processing. Match results on `custom_id`.
 *
 * @example
 * for await (const { custom_id, result } of await betaBatchResults(client, batchId)) console.log(custom_id, result.type);
 */
export function betaBatchResults(
  client: Anthropic,
  batchId: string,
  options: BetaRequestOptions = {},
): APIPromise<Stream<BetaMessageBatchIndividualResponse>> {
  // The same options (and betas) serve the batch lookup and the download.
  return requestBatchResults<BetaMessageBatchIndividualResponse, BetaMessageBatch>(
    client,
    (lookupOptions) => retrieveBetaBatch(client, batchId, lookupOptions),
    options,
  );
}
