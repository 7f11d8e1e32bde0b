import { AnthropicError } from '../errors/anthropic-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { abortableSleep } from '../transport/abortable-sleep.js';

/**
 * The fields of a batch (GA or beta) that polling reads.
 *
 * @example
 * const batch: PollableBatch = { id: 'msgbatch_1', processing_status: 'in_progress' };
 */
export interface PollableBatch {
  id: string;
  processing_status: string;
}

/**
 * How {@link pollBatchUntilEnded} polls. The wait before poll n+1 is
 * `min(pollInterval × pollBackoff^(n-1), maxPollInterval)`, cut short by `maxWait`.
 *
 * @example
 * const options: PollBatchOptions<MessageBatch> = { pollInterval: 10_000, maxWait: 3_600_000, onProgress: (batch) => console.log(batch.request_counts) };
 */
export interface PollBatchOptions<Batch> {
  /**
   * Milliseconds between the first poll and the second; later waits grow by `pollBackoff`.
   * Default 5 000.
   *
   * @example
   * { pollInterval: 30_000 }
   */
  pollInterval?: number | undefined;
  /**
   * Factor (≥ 1) each wait is multiplied by; `1` polls at a fixed interval. Default 1.5.
   *
   * @example
   * { pollBackoff: 1 } // every pollInterval ms
   */
  pollBackoff?: number | undefined;
  /**
   * Longest wait between two polls, in ms. Default 60 000.
   *
   * @example
   * { maxPollInterval: 300_000 }
   */
  maxPollInterval?: number | undefined;
  /**
   * Gives up after this many ms: a last poll is made at the deadline, then, if the batch is still
   * processing, the wait rejects with an `AnthropicError` naming the batch and its status (the batch
   * itself keeps running). Default: no limit (batches end, or expire, within 24 hours).
   *
   * @example
   * { maxWait: 2 * 60 * 60 * 1000 }
   */
  maxWait?: number | undefined;
  /**
   * Called with the batch after every poll, the last one (the ended batch) included. A returned
   * promise is awaited before the next wait; a throw stops waiting and rejects with that error.
   *
   * @example
   * { onProgress: (batch) => console.log(batch.processing_status, batch.request_counts) }
   */
  onProgress?: ((batch: Batch) => void | PromiseLike<void>) | undefined;
  /**
   * Stops waiting: an abort rejects with `APIUserAbortError` at once, also in the middle of a wait
   * between polls (and in the middle of a poll when the same signal is given to `retrieve`).
   *
   * @example
   * { signal: AbortSignal.timeout(60_000) }
   */
  signal?: AbortSignal | undefined;
}

const DEFAULT_POLL_INTERVAL = 5_000;
const DEFAULT_POLL_BACKOFF = 1.5;
const DEFAULT_MAX_POLL_INTERVAL = 60_000;

/**
 * Polls a batch (GA or beta) until its `processing_status` is `ended` and resolves with the ended
 * batch. Shared by `@anth/batches` (`waitForBatch`) and `@anth/beta`. Options are checked before
 * the first poll; errors of `retrieve` (after the transport's own retries) reject the wait.
 *
 * @param retrieve fetches the batch once; give it the same `signal` so an abort also cancels a poll in flight.
 * @example
 * const ended = await pollBatchUntilEnded(() => retrieveBatch(client, id, { signal }), { signal, onProgress: (batch) => console.log(batch.request_counts) });
 */
export async function pollBatchUntilEnded<Batch extends PollableBatch>(
  retrieve: () => PromiseLike<Batch>,
  options: PollBatchOptions<Batch> = {},
): Promise<Batch> {
  const pollInterval = checkMilliseconds('pollInterval', options.pollInterval) ?? DEFAULT_POLL_INTERVAL;
  const maxPollInterval = checkMilliseconds('maxPollInterval', options.maxPollInterval) ?? DEFAULT_MAX_POLL_INTERVAL;
  const maxWait = checkMilliseconds('maxWait', options.maxWait);
  const pollBackoff = options.pollBackoff ?? DEFAULT_POLL_BACKOFF;
  if (typeof pollBackoff !== 'number' || !Number.isFinite(pollBackoff) || pollBackoff < 1) {
    throw new AnthropicError(
      `pollBackoff must be a finite number ≥ 1 (the factor each wait grows by); received ${String(pollBackoff)}`,
    );
  }
  const { onProgress, signal } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new AnthropicError(
      `onProgress must be a function called with the batch after each poll; received ${typeof onProgress}`,
    );
  }

  const deadline = maxWait === undefined ? Infinity : Date.now() + maxWait;
  let delay = Math.min(pollInterval, maxPollInterval);
  // Set once a wait runs to the deadline: the poll after it is the last, even when the timer fired
  // a millisecond before `Date.now()` reached the deadline (timers and the wall clock round apart).
  let lastPoll = false;
  for (;;) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    const batch = await retrieve();
    await onProgress?.(batch);
    if (batch.processing_status === 'ended') return batch;
    const remaining = deadline - Date.now();
    if (lastPoll || remaining <= 0) {
      throw new AnthropicError(
        `Batch ${batch.id} did not end within maxWait (${String(maxWait)}ms); its processing_status is still ${batch.processing_status}. The batch keeps running: wait again, or cancel it.`,
      );
    }
    lastPoll = remaining <= delay;
    try {
      // The last wait stops at the deadline, so the final poll happens right at it.
      await abortableSleep(Math.min(delay, remaining), signal);
    } catch (error) {
      throw new APIUserAbortError({ cause: error });
    }
    delay = Math.min(delay * pollBackoff, maxPollInterval);
  }
}

function checkMilliseconds(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new AnthropicError(
      `${option} must be a number of milliseconds ≥ 0; received ${typeof value === 'number' ? String(value) : typeof value}`,
    );
  }
  return value;
}
