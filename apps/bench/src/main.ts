// `pnpm bench [--quick] [--json <file>]`: every measure side by side (the hand-written floor, the
// official SDK 1.14, @anth) in one run, then the table on stdout. Progress goes to stderr. Exits 1
// if any measure failed to run; timings are never asserted.
import { writeFileSync } from 'node:fs';
import { parseCliOptions } from './cli-options.js';
import { createScratchProject, type ScratchProject } from './install/scratch-project.js';
import { startLoopbackServer } from './loopback/start-loopback-server.js';
import { benchMeasures } from './measures.js';
import { benchPlan } from './plan.js';
import { formatTable } from './report/format-table.js';
import { machine } from './report/machine.js';
import { failed, type MeasureResult, summarize } from './report/results.js';

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2));
  const plan = benchPlan(options.quick);
  const where = machine();
  if (!globalThis.gc) progress('run with --expose-gc (as `pnpm bench` does) so each counted batch starts after a GC');

  progress('packing @anth and installing it with the official SDKs in a scratch project…');
  const started = performance.now();
  let project: ScratchProject | undefined;
  let installError: unknown;
  try {
    project = createScratchProject();
    process.once('SIGINT', () => {
      project?.remove();
      process.exit(130);
    });
    progress(`installed in ${((performance.now() - started) / 1_000).toFixed(1)} s: ${project.directory}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    installError = new Error(`the scratch install failed: ${message}`, { cause: error });
    progress(`scratch install failed: ${message}`);
  }

  const server = await startLoopbackServer();
  const results: MeasureResult[] = [];
  try {
    const projectDirectory = (): string => {
      if (!project) throw installError;
      return project.directory;
    };
    for (const measure of benchMeasures(plan)) {
      const measureStarted = performance.now();
      progress(`${measure.label}…`);
      let result: MeasureResult;
      try {
        result = summarize(measure, await measure.run({ server, project: projectDirectory }));
      } catch (error) {
        result = failed(measure, error);
      }
      result.seconds = Math.round((performance.now() - measureStarted) / 100) / 10;
      results.push(result);
      progress(`  ${result.error ? 'FAILED' : 'done'} in ${result.seconds} s`);
    }
  } finally {
    await server.close();
    project?.remove();
  }

  const mode = options.quick ? ' --quick (tiny counts: a smoke test, not a measurement)' : '';
  console.log(`## pnpm bench${mode}\n`);
  console.log(`${where.date.slice(0, 10)} · ${where.cpu}, ${where.cores} cores · Node ${where.node}\n`);
  console.log(formatTable(results));
  const failures = results.filter((result) => result.error);
  if (options.json)
    writeFileSync(options.json, `${JSON.stringify({ ...where, quick: options.quick, plan, results }, null, 2)}\n`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} measure(s) failed to run:`);
    for (const failure of failures) console.error(`- ${failure.label}: ${failure.error}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
