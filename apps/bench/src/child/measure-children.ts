import { type ChildRun, runChild } from './run-child.js';

/** One contender of a fresh-process measure: a script in the scratch project, and its reading. */
export interface ChildSubject {
  name: string;
  script: string;
  /** Throws if the child's report is wrong (e.g. not the expected reply or result count). */
  verify(report: Record<string, unknown>): void;
}

export interface ChildPlan {
  /** Unrecorded runs per subject first (brings the files into the page cache). */
  warmup: number;
  runs: number;
  /** No new round starts after this much wall time (at least one always runs). */
  capMs: number;
  /** A child running longer than this is killed and fails the measure. */
  childTimeoutMs: number;
}

/**
 * Runs each subject's script `runs` times, each time in a new process, rounds interleaving the
 * subjects in a rotated order, and returns `read(run)` of every run by subject.
 *
 * @example
 * const samples = await measureChildren(subjects, plan, { cwd: project, args: [server.url], read: (run) => run.firstLineMs });
 */
export async function measureChildren(
  subjects: readonly ChildSubject[],
  plan: ChildPlan,
  how: { cwd: string; args: readonly string[]; read(run: ChildRun): number },
): Promise<Map<string, number[]>> {
  const once = async (subject: ChildSubject): Promise<ChildRun> => {
    const run = await runChild(subject.script, how.args, how.cwd, plan.childTimeoutMs);
    subject.verify(run.report);
    return run;
  };
  for (const subject of subjects) for (let run = 0; run < plan.warmup; run++) await once(subject);
  const samples = new Map(subjects.map((subject) => [subject.name, [] as number[]]));
  const started = performance.now();
  for (let round = 0; round < plan.runs; round++) {
    if (round > 0 && performance.now() - started > plan.capMs) break;
    for (let turn = 0; turn < subjects.length; turn++) {
      const subject = subjects[(round + turn) % subjects.length] as ChildSubject;
      samples.get(subject.name)?.push(how.read(await once(subject)));
    }
  }
  return samples;
}
