import { createRandomBase62 } from '../ids.js';
import type { BatchRequestOutcome, BatchSchedule, EmulatorBatches, EmulatorOptions } from '../types.js';
import type { ResultLines } from './results-body.js';
import {
  runBatchRequest,
  type BatchEnding,
  type BatchRequest,
  type BatchResultType,
  type RunContext,
} from './run-batch-request.js';
import { createSyntheticResult } from './synthetic-result.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Per-status tallies, as in `request_counts`. */
export type RequestCounts = Record<'processing' | BatchResultType, number>;

/** A batch as the emulator keeps it. */
export interface StoredBatch {
  id: string;
  createdAt: number;
  cancelInitiatedAt: number | null;
  endedAt: number | null;
  status: 'in_progress' | 'canceling' | 'ended';
  /** Requests not run yet (emptied when the batch ends). */
  pending: BatchRequest[];
  counts: RequestCounts;
  /** Set when the batch ends. */
  results: ResultLines | undefined;
  /** `GET /v1/messages/batches/{id}` calls so far (for `endAfterPolls`). */
  polls: number;
}

/** The `MessageBatch` object of the API. */
export interface WireBatch {
  id: string;
  type: 'message_batch';
  processing_status: StoredBatch['status'];
  request_counts: RequestCounts;
  ended_at: string | null;
  created_at: string;
  expires_at: string;
  archived_at: string | null;
  cancel_initiated_at: string | null;
  results_url: string | null;
}

/** The batches of one emulator, with the schedule that ends them. */
export interface BatchStore {
  /** Creates an `in_progress` batch of already validated requests. */
  create(requests: BatchRequest[]): StoredBatch;
  /** A batch for a read (list, results, cancel, delete), after the time schedule is applied. */
  find(id: string): StoredBatch | undefined;
  /** A batch for a retrieve: counts the poll and applies the schedule. */
  poll(id: string): StoredBatch | undefined;
  /** Every batch, newest first. */
  list(): StoredBatch[];
  /** `in_progress` → `canceling`; other states are left as they are. */
  cancel(batch: StoredBatch): void;
  remove(id: string): void;
  /** Bytes per results body chunk. */
  readonly resultsChunkBytes: number;
  /** The test controls exposed as `emulator.batches`. */
  readonly controls: EmulatorBatches;
  /** Forgets every batch and outcome. */
  reset(): void;
}

/**
 * Creates the batch state of one emulator. Batches end per `options.batchSchedule` (default: at the
 * third poll) or when a test calls `controls.end()`/`expire()`; requests run at that moment.
 *
 * @example
 * const store = createBatchStore(options, { models, takeTurn: () => turns.shift() });
 */
export function createBatchStore(
  options: Pick<EmulatorOptions, 'batchSchedule' | 'batchResultsChunkBytes'>,
  context: RunContext,
): BatchStore {
  const schedule = checkSchedule(options.batchSchedule ?? { endAfterPolls: 3 });
  const resultsChunkBytes = options.batchResultsChunkBytes ?? 65_536;
  if (!Number.isInteger(resultsChunkBytes) || resultsChunkBytes < 1) {
    throw new RangeError(
      `batchResultsChunkBytes must be a positive integer, got ${String(options.batchResultsChunkBytes)}`,
    );
  }
  const batches = new Map<string, StoredBatch>();
  const outcomes = new Map<string, BatchRequestOutcome>();

  const finish = (batch: StoredBatch, ending: BatchEnding): void => {
    if (batch.status === 'ended') return;
    const lines: string[] = [];
    const counts: RequestCounts = { processing: 0, succeeded: 0, errored: 0, canceled: 0, expired: 0 };
    for (const request of batch.pending) {
      const line = runBatchRequest(request, outcomes.get(request.custom_id), ending, context);
      counts[line.result.type] += 1;
      lines.push(JSON.stringify(line));
    }
    batch.pending = [];
    batch.counts = counts;
    batch.results = { count: lines.length, lineAt: (index) => lines[index] ?? '' };
    batch.status = 'ended';
    batch.endedAt = Date.now();
  };
  // A canceling batch finishes its cancellation at its next step.
  const step = (batch: StoredBatch): void => finish(batch, batch.status === 'canceling' ? 'cancel' : 'run');

  const applyTime = (batch: StoredBatch | undefined): StoredBatch | undefined => {
    if (batch && batch.status !== 'ended' && typeof schedule === 'object' && 'endAfterMs' in schedule) {
      if (batch.status === 'canceling' || Date.now() >= batch.createdAt + schedule.endAfterMs) step(batch);
    }
    return batch;
  };

  const targets = (id: string | undefined): StoredBatch[] => {
    if (id === undefined) return [...batches.values()];
    const batch = batches.get(id);
    if (!batch)
      throw new Error(
        `emulator.batches: no batch ${JSON.stringify(id)} (known: ${[...batches.keys()].join(', ') || 'none'})`,
      );
    return [batch];
  };

  const controls: EmulatorBatches = {
    end: (id) => targets(id).forEach(step),
    expire: (id) => targets(id).forEach((batch) => finish(batch, 'expire')),
    setOutcomes: (byCustomId) => {
      for (const [customId, outcome] of Object.entries(byCustomId)) outcomes.set(customId, outcome);
    },
    createSynthetic: ({ requestCount, result = createSyntheticResult }) => {
      if (!Number.isInteger(requestCount) || requestCount < 0)
        throw new RangeError(`requestCount must be an integer ≥ 0, got ${String(requestCount)}`);
      const batch = newBatch([]);
      batch.status = 'ended';
      batch.endedAt = batch.createdAt;
      batch.counts = { processing: 0, succeeded: requestCount, errored: 0, canceled: 0, expired: 0 };
      batch.results = { count: requestCount, lineAt: (index) => JSON.stringify(result(index)) };
      batches.set(batch.id, batch);
      return { id: batch.id };
    },
  };

  return {
    create: (requests) => {
      const batch = newBatch(requests);
      batches.set(batch.id, batch);
      return batch;
    },
    find: (id) => applyTime(batches.get(id)),
    poll: (id) => {
      const batch = applyTime(batches.get(id));
      if (!batch) return undefined;
      batch.polls += 1;
      if (batch.status !== 'ended' && typeof schedule === 'object' && 'endAfterPolls' in schedule) {
        if (batch.status === 'canceling' || batch.polls >= schedule.endAfterPolls) step(batch);
      }
      return batch;
    },
    list: () => [...batches.values()].reverse().map((batch) => applyTime(batch) ?? batch),
    cancel: (batch) => {
      if (batch.status !== 'in_progress') return;
      batch.status = 'canceling';
      batch.cancelInitiatedAt = Date.now();
    },
    remove: (id) => {
      batches.delete(id);
    },
    resultsChunkBytes,
    controls,
    reset: () => {
      batches.clear();
      outcomes.clear();
    },
  };
}

/**
 * The API's `MessageBatch` for a stored batch. `results_url` is absolute, on the origin the request
 * came to, so it works on the real server and with an injected fetch alike.
 *
 * @example
 * toWireBatch(batch, new URL(context.request.url).origin);
 */
export function toWireBatch(batch: StoredBatch, origin: string): WireBatch {
  return {
    id: batch.id,
    type: 'message_batch',
    processing_status: batch.status,
    request_counts: { ...batch.counts },
    ended_at: toTimestamp(batch.endedAt),
    created_at: new Date(batch.createdAt).toISOString(),
    expires_at: new Date(batch.createdAt + DAY_MS).toISOString(),
    archived_at: null,
    cancel_initiated_at: toTimestamp(batch.cancelInitiatedAt),
    results_url: batch.status === 'ended' ? `${origin}/v1/messages/batches/${batch.id}/results` : null,
  };
}

function newBatch(requests: BatchRequest[]): StoredBatch {
  return {
    id: `msgbatch_${createRandomBase62(24)}`,
    createdAt: Date.now(),
    cancelInitiatedAt: null,
    endedAt: null,
    status: 'in_progress',
    pending: requests,
    // Until the batch ends, every request counts as processing (as the API reports it).
    counts: { processing: requests.length, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
    results: undefined,
    polls: 0,
  };
}

function toTimestamp(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}

function checkSchedule(schedule: BatchSchedule): BatchSchedule {
  if (schedule === 'manual') return schedule;
  if (typeof schedule === 'object' && schedule !== null) {
    if ('endAfterPolls' in schedule && Number.isInteger(schedule.endAfterPolls) && schedule.endAfterPolls >= 1)
      return schedule;
    if ('endAfterMs' in schedule && typeof schedule.endAfterMs === 'number' && schedule.endAfterMs >= 0)
      return schedule;
  }
  throw new RangeError(
    `batchSchedule must be 'manual', { endAfterPolls: <integer ≥ 1> } or { endAfterMs: <ms ≥ 0> }, got ${JSON.stringify(schedule)}`,
  );
}
