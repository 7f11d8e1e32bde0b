import type { Anthropic, MessageBatch, RequestOptions } from '@anth/core';
import { pollBatchUntilEnded, type PollBatchOptions } from '@anth/core/internal';
import { retrieveBatch } from './retrieve-batch.js';

/**
 * Options of {@link waitForBatch}: how to poll (`pollInterval`, `pollBackoff`, `maxPollInterval`,
 * `maxWait`, `onProgress`, `signal`) plus the request options of each poll.
 *
 * @example
 * const options: WaitForBatchOptions = { pollInterval: 30_000, maxWait: 3_600_000, onProgress: (batch) => console.log(batch.request_counts) };
 */
export type WaitForBatchOptions = RequestOptions & PollBatchOptions<MessageBatch>;

/**
 * Polls a batch until it has ended and resolves with the ended batch (its `results_url` set).
 * Waits start at `pollInterval` (default 5 s) and grow by `pollBackoff` (1.5) up to
 * `maxPollInterval` (60 s); `onProgress(batch)` runs after every poll.
 *
 * - `signal` aborts at once, also mid-wait, with `APIUserAbortError`.
 * - `maxWait` gives up (after a last poll at the deadline) with an `AnthropicError`; the batch keeps running.
 * - Options are checked before the first poll.
 *
 * @example
 * const ended = await waitForBatch(client, batch.id, {
 *   onProgress: (batch) => console.log(batch.processing_status, batch.request_counts),
 *   signal: AbortSignal.timeout(2 * 60 * 60 * 1000),
 * });
 * for await (const line of await batchResults(client, ended.id)) console.log(line.custom_id, line.result.type);
 */
export function waitForBatch(
  client: Anthropic,
  batchId: string,
  options: WaitForBatchOptions = {},
): Promise<MessageBatch> {
  const { pollInterval, pollBackoff, maxPollInterval, maxWait, onProgress, ...requestOptions } = options;
  return pollBatchUntilEnded(() => retrieveBatch(client, batchId, requestOptions), {
    pollInterval,
    pollBackoff,
    maxPollInterval,
    maxWait,
    onProgress,
    signal: options.signal,
  });
}
