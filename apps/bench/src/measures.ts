import { batchResultsSubjects, coldStartSubjects } from './child/child-subjects.js';
import { measureChildren } from './child/measure-children.js';
import { measureCpu } from './cpu/measure-cpu.js';
import { requestSubjects } from './cpu/request-subjects.js';
import { finalMessageSubjects, rawStreamSubjects } from './cpu/stream-subjects.js';
import { batchId } from './loopback/batch-payloads.js';
import type { LoopbackServer } from './loopback/start-loopback-server.js';
import type { BenchPlan } from './plan.js';
import type { MeasureHeading } from './report/results.js';

export interface MeasureContext {
  server: LoopbackServer;
  /** The scratch project the fresh-process measures run in. */
  project(): string;
}

/** One row of the bench: what it is, and how to get its samples (in `unit`) by subject. */
export interface Measure extends MeasureHeading {
  run(context: MeasureContext): Promise<Map<string, number[]>>;
}

const MB_PER_KB = 1 / 1024;

/** Scales every sample (e.g. µs → ms). */
function scaled(samples: Map<string, number[]>, factor: number): Map<string, number[]> {
  return new Map([...samples].map(([name, values]) => [name, values.map((value) => value * factor)]));
}

/**
 * Every measure of the bench, in the order of the table, sized by `plan`.
 *
 * @example
 * for (const measure of benchMeasures(plan)) summarize(measure, await measure.run(context));
 */
export function benchMeasures(plan: BenchPlan): Measure[] {
  const lines = plan.batchResults.lines;
  return [
    {
      id: 'request-cpu-sequential',
      label: 'per-request CPU, sequential (fn / class API)',
      floor: 'plain fetch + JSON.parse',
      unit: 'µs',
      target: 1.15,
      run: ({ server }) => measureCpu(requestSubjects(server.url), plan.sequential),
    },
    {
      id: 'request-cpu-concurrent',
      label: 'per-request CPU, 32 concurrent (fn / class API)',
      floor: 'plain fetch + JSON.parse',
      unit: 'µs',
      target: 1.15,
      run: ({ server }) => measureCpu(requestSubjects(server.url), plan.concurrent),
    },
    {
      id: 'sse-raw-cpu',
      label: `SSE raw iteration CPU, 2.8 MB / 22k events (createMessageStream)`,
      floor: 'fetch-event-stream + JSON.parse',
      unit: 'ms',
      target: 1.05,
      run: async ({ server }) =>
        scaled(await measureCpu(rawStreamSubjects(server.url, server.sse), plan.rawStream), 1 / 1_000),
    },
    {
      id: 'stream-final-message-cpu',
      label: 'stream() + finalMessage() CPU, same body (streamMessage / Messages.stream)',
      floor: 'fetch-event-stream + JSON.parse',
      unit: 'ms',
      target: 1.2,
      run: async ({ server }) =>
        scaled(await measureCpu(finalMessageSubjects(server.url, server.sse), plan.finalMessage), 1 / 1_000),
    },
    {
      id: 'cold-start',
      label: 'cold start, installed: spawn → first reply',
      floor: 'plain fetch script',
      unit: 'ms',
      target: 1.15,
      run: ({ server, project }) =>
        measureChildren(coldStartSubjects('cold-start'), plan.coldStart, {
          cwd: project(),
          args: [server.url],
          read: (run) => run.firstLineMs,
        }),
    },
    {
      id: 'bedrock-cold-start',
      label: 'Bedrock cold start, installed, static keys: spawn → first reply',
      floor: 'aws4fetch + fetch script',
      unit: 'ms',
      target: 1.3,
      run: ({ server, project }) =>
        measureChildren(coldStartSubjects('bedrock-cold-start'), plan.bedrockColdStart, {
          cwd: project(),
          args: [server.url],
          read: (run) => run.firstLineMs,
        }),
    },
    {
      id: 'batch-results-rss',
      label: `batch results, ${lines.toLocaleString('en-US')} lines, peak RSS (Batches.results)`,
      floor: 'fetch + TextDecoderStream line reader',
      unit: 'MB',
      target: 1.05,
      run: ({ server, project }) =>
        measureChildren(batchResultsSubjects(lines), plan.batchResults, {
          cwd: project(),
          args: [server.url, batchId(lines)],
          read: (run) => Number(run.report['maxRSS']) * MB_PER_KB,
        }),
    },
  ];
}
