import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { pollBatchUntilEnded, type PollableBatch } from './wait-for-batch.js';

type TestBatch = PollableBatch & { polls: number };

/** A batch that ends on poll `endOnPoll`; records when each poll happened. */
function scriptedBatch(endOnPoll: number) {
  const pollTimes: number[] = [];
  const retrieve = async (): Promise<TestBatch> => {
    pollTimes.push(Date.now());
    const polls = pollTimes.length;
    return { id: 'msgbatch_1', processing_status: polls >= endOnPoll ? 'ended' : 'in_progress', polls };
  };
  return { retrieve, pollTimes };
}

describe('pollBatchUntilEnded', () => {
  it('polls until ended, calls onProgress after every poll, and resolves with the ended batch', async () => {
    const { retrieve, pollTimes } = scriptedBatch(4);
    const progress: Array<[number, string]> = [];
    const ended = await pollBatchUntilEnded(retrieve, {
      pollInterval: 1,
      onProgress: (batch) => void progress.push([batch.polls, batch.processing_status]),
    });
    expect(ended).toEqual({ id: 'msgbatch_1', processing_status: 'ended', polls: 4 });
    expect(progress).toEqual([
      [1, 'in_progress'],
      [2, 'in_progress'],
      [3, 'in_progress'],
      [4, 'ended'],
    ]);
    expect(pollTimes).toHaveLength(4);
  });

  it('waits pollInterval, grows it by pollBackoff, and caps it at maxPollInterval', async () => {
    const { retrieve, pollTimes } = scriptedBatch(5);
    await pollBatchUntilEnded(retrieve, { pollInterval: 10, pollBackoff: 3, maxPollInterval: 40 });
    const gaps = pollTimes.slice(1).map((time, index) => time - (pollTimes[index] ?? 0));
    // Planned waits: 10, 30, 40 (capped, not 90), 40. Timers never fire early; allow lateness.
    expect(gaps[0]).toBeGreaterThanOrEqual(9);
    expect(gaps[1]).toBeGreaterThanOrEqual(29);
    expect(gaps[2]).toBeGreaterThanOrEqual(39);
    expect(gaps[2]).toBeLessThan(85);
    expect(gaps[3]).toBeGreaterThanOrEqual(39);
    expect(gaps[3]).toBeLessThan(85);
  });

  it('awaits an async onProgress, and a throw from it stops the wait', async () => {
    const { retrieve, pollTimes } = scriptedBatch(10);
    const order: string[] = [];
    const failure = await pollBatchUntilEnded(retrieve, {
      pollInterval: 1,
      onProgress: async (batch) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(`progress ${batch.polls}`);
        if (batch.polls === 2) throw new Error('stop here');
      },
    }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe('stop here');
    expect(order).toEqual(['progress 1', 'progress 2']);
    expect(pollTimes).toHaveLength(2);
  });

  it('an abort during the wait rejects at once with APIUserAbortError and leaves no listener', async () => {
    const { retrieve, pollTimes } = scriptedBatch(10);
    const controller = new AbortController();
    const started = Date.now();
    const waiting = pollBatchUntilEnded(retrieve, {
      pollInterval: 60_000,
      signal: controller.signal,
      onProgress: () => void setTimeout(() => controller.abort(new Error('user gave up')), 10),
    });
    const failure = await waiting.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(APIUserAbortError);
    expect(((failure as Error).cause as Error).message).toBe('user gave up');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(pollTimes).toHaveLength(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('an already aborted signal polls nothing', async () => {
    const { retrieve, pollTimes } = scriptedBatch(1);
    await expect(pollBatchUntilEnded(retrieve, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(pollTimes).toHaveLength(0);
  });

  it('gives up after maxWait with a last poll at the deadline, naming the batch and its status', async () => {
    const { retrieve, pollTimes } = scriptedBatch(1_000);
    const started = Date.now();
    const failure = await pollBatchUntilEnded(retrieve, { pollInterval: 15, pollBackoff: 1, maxWait: 40 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AnthropicError);
    expect(failure).not.toBeInstanceOf(APIUserAbortError);
    expect((failure as Error).message).toMatch(
      /^Batch msgbatch_1 did not end within maxWait \(40ms\); its processing_status is still in_progress/,
    );
    // Polls at ~0, 15, 30 and a last one at the 40 ms deadline.
    expect(pollTimes.length).toBeGreaterThanOrEqual(3);
    expect(pollTimes.length).toBeLessThanOrEqual(4);
    expect((pollTimes.at(-1) ?? 0) - started).toBeGreaterThanOrEqual(38);
  });

  it('makes one last poll when the wall clock lags the deadline wait by a millisecond', async () => {
    // Timers and Date.now() round apart: the wait that ends at the deadline can fire while the clock
    // still reads 1 ms before it. That poll is still the last one, not the start of a 1 ms wait.
    const clock = [1_000, 1_000, 1_015, 1_030, 1_039, 1_040];
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock.shift() ?? 1_040);
    try {
      let polls = 0;
      const failure = await pollBatchUntilEnded(
        async () => ({ id: 'msgbatch_1', processing_status: 'in_progress', polls: ++polls }),
        { pollInterval: 15, pollBackoff: 1, maxWait: 40 },
      ).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AnthropicError);
      expect(polls).toBe(4);
    } finally {
      now.mockRestore();
    }
  });

  it.each([
    [{ pollInterval: -1 }, /pollInterval must be a number of milliseconds ≥ 0; received -1/],
    [{ maxPollInterval: Number.NaN }, /maxPollInterval must be a number of milliseconds ≥ 0; received NaN/],
    [{ maxWait: '10' as unknown as number }, /maxWait must be a number of milliseconds ≥ 0; received string/],
    [{ pollBackoff: 0.5 }, /pollBackoff must be a finite number ≥ 1/],
    [{ onProgress: 'log' as unknown as () => void }, /onProgress must be a function/],
  ])('rejects bad options before polling: %o', async (options, message) => {
    const { retrieve, pollTimes } = scriptedBatch(1);
    await expect(pollBatchUntilEnded(retrieve, options)).rejects.toThrow(message);
    expect(pollTimes).toHaveLength(0);
  });
});
