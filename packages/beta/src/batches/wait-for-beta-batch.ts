import type { Anthropic } from '@anth/core';
import { pollBatchUntilEnded, type PollBatchOptions } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import type { BetaMessageBatch } from '../types/beta-batches.js';
import { retrieveBetaBatch } from './retrieve-beta-batch.js';

/**
 * Options of {@link waitForBetaBatch}: how to poll (`pollInterval`, `pollBackoff`, `maxPollInterval`,
 * `maxWait`, `onProgress`, `signal`) plus the request options (and `betas`) of each poll.
 *
 * @example
 * const options: WaitForBetaBatchOptions = { pollInterval: 30_000, onProgress: (batch) => console.log(batch.request_counts) };
 */
export type WaitForBetaBatchOptions = BetaRequestOptions & PollBatchOptions<BetaMessageBatch>;

/**
 * Polls a beta batch until it has ended (core's shared polling: growing waits, `maxWait`,
 * `onProgress`, abortable) and resolves with the ended batch.
 *
 * @example
 * const ended = await waitForBetaBatch(client, batch.id, { onProgress: (batch) => console.log(batch.processing_status) });
 */
export function waitForBetaBatch(
  client: Anthropic,
  batchId: string,
  options: WaitForBetaBatchOptions = {},
): Promise<BetaMessageBatch> {
  const { pollInterval, pollBackoff, maxPollInterval, maxWait, onProgress, ...requestOptions } = options;
  return pollBatchUntilEnded(() => retrieveBetaBatch(client, batchId, requestOptions), {
    pollInterval,
    pollBackoff,
    maxPollInterval,
    maxWait,
    onProgress,
    signal: options.signal,
  });
}
