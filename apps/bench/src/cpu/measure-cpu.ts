import { withDeadline } from '../with-deadline.js';

/** One contender of a CPU measure: an operation, and a check of what it returned. */
export interface CpuSubject {
  name: string;
  run(): Promise<unknown>;
  /** Throws if a result is wrong; run on every warm-up result, outside the counted rounds. */
  verify(result: unknown): void;
}

export interface CpuPlan {
  /** Operations per subject before counting (JIT, connection pool, lazy imports). */
  warmup: number;
  rounds: number;
  /** Operations per subject per round. */
  perRound: number;
  /** Operations in flight at once. */
  concurrency: number;
  /** No new round starts after this much wall time (at least one round always runs). */
  capMs: number;
}

/**
 * Client CPU per operation, in microseconds: for each subject, the `process.cpuUsage()` delta
 * (user + system, all threads of this process) around `perRound` operations, divided by
 * `perRound`, once per round. Rounds interleave the subjects, in a rotated order each round, so a
 * burst of load from elsewhere on the machine falls on all of them alike; a GC runs before each
 * counted batch (when `--expose-gc` is on) so no subject pays for another's garbage.
 *
 * @example
 * const samples = await measureCpu([floor, official, anth], { warmup: 100, rounds: 9, perRound: 300, concurrency: 1, capMs: 60_000 });
 * median(samples.get('official'));
 */
export async function measureCpu(subjects: readonly CpuSubject[], plan: CpuPlan): Promise<Map<string, number[]>> {
  const stepDeadline = plan.capMs * 2;
  for (const subject of subjects) {
    const warmup = async () => subject.verify(await subject.run());
    await withDeadline(runMany(warmup, plan.warmup, plan.concurrency), stepDeadline, `${subject.name} warm-up`);
  }
  const samples = new Map(subjects.map((subject) => [subject.name, [] as number[]]));
  const started = performance.now();
  for (let round = 0; round < plan.rounds; round++) {
    if (round > 0 && performance.now() - started > plan.capMs) break;
    for (let turn = 0; turn < subjects.length; turn++) {
      const subject = subjects[(round + turn) % subjects.length] as CpuSubject;
      globalThis.gc?.();
      const before = process.cpuUsage();
      await withDeadline(
        runMany(() => subject.run(), plan.perRound, plan.concurrency),
        stepDeadline,
        subject.name,
      );
      const spent = process.cpuUsage(before);
      samples.get(subject.name)?.push((spent.user + spent.system) / plan.perRound);
    }
  }
  return samples;
}

/** Runs `operation` `count` times with at most `concurrency` in flight. */
async function runMany(operation: () => Promise<unknown>, count: number, concurrency: number): Promise<void> {
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < count) {
      started++;
      await operation();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
