import type { ChildPlan } from './child/measure-children.js';
import type { CpuPlan } from './cpu/measure-cpu.js';

/** How much of each measure to run. */
export interface BenchPlan {
  sequential: CpuPlan;
  concurrent: CpuPlan;
  rawStream: CpuPlan;
  finalMessage: CpuPlan;
  coldStart: ChildPlan;
  bedrockColdStart: ChildPlan;
  batchResults: ChildPlan & { lines: number };
}

const SECOND = 1_000;

/**
 * The full plan (medians worth reading: ~4 min on 2 quiet cores; the caps keep it under ~9 min on a
 * loaded machine, with fewer rounds) or the `--quick` one (every measure runs once or twice, to show
 * that it runs and yields numbers).
 *
 * @example
 * const plan = benchPlan(options.quick);
 */
export function benchPlan(quick: boolean): BenchPlan {
  if (quick) {
    const cpu = { warmup: 3, rounds: 1, perRound: 5, concurrency: 1, capMs: 10 * SECOND };
    const child = { warmup: 0, runs: 1, capMs: 20 * SECOND, childTimeoutMs: 30 * SECOND };
    return {
      sequential: cpu,
      concurrent: { ...cpu, warmup: 32, perRound: 64, concurrency: 32 },
      rawStream: { ...cpu, warmup: 1, perRound: 1 },
      finalMessage: { ...cpu, warmup: 1, perRound: 1 },
      coldStart: child,
      bedrockColdStart: child,
      batchResults: { ...child, lines: 2_000 },
    };
  }
  const child = { warmup: 1, runs: 15, capMs: 60 * SECOND, childTimeoutMs: 60 * SECOND };
  return {
    sequential: { warmup: 300, rounds: 15, perRound: 200, concurrency: 1, capMs: 45 * SECOND },
    concurrent: { warmup: 320, rounds: 15, perRound: 320, concurrency: 32, capMs: 45 * SECOND },
    rawStream: { warmup: 3, rounds: 21, perRound: 1, concurrency: 1, capMs: 60 * SECOND },
    finalMessage: { warmup: 3, rounds: 21, perRound: 1, concurrency: 1, capMs: 60 * SECOND },
    coldStart: child,
    bedrockColdStart: child,
    batchResults: { warmup: 0, runs: 5, capMs: 90 * SECOND, childTimeoutMs: 120 * SECOND, lines: 100_000 },
  };
}
