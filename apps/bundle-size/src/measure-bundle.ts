import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { bundleGraph } from './bundle-graph.js';
import { isNodeBuiltin } from './node-builtins.js';
import type { Scenario } from './scenarios.js';

/** What a scenario's bundle weighs and holds. */
export interface BundleReport {
  scenario: Scenario;
  /** Minified bytes of what loads eagerly: the entry chunk and every chunk it imports statically. */
  minified: number;
  /** Gzip (level 9) bytes of the eagerly loaded chunks, each compressed on its own as served. */
  gzip: number;
  /** Gzip bytes of lazily loaded chunks (not counted against the budget). */
  lazyGzip: number;
  /** Problems found: banned packages, banned code, Node built-ins. */
  violations: string[];
}

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles a scenario the way an application would (esbuild, bundle + minify + ESM, tree shaking,
 * code splitting so lazy `import()`s become their own chunks) and measures the entry chunk.
 */
export async function measureBundle(scenario: Scenario): Promise<BundleReport> {
  const workDir = await mkdtemp(join(tmpdir(), 'anth-size-'));
  try {
    const outdir = join(workDir, 'out');
    // Split as app bundlers do (Vite/Rollup, webpack, esbuild --splitting): a lazy `import()` is a chunk
    // of its own, loaded only when that path runs, and not counted. What the entry imports statically
    // (chunks shared with lazy ones included) is. Node built-ins stay imports so they can be detected.
    const { metafile, eager } = await bundleGraph({
      source: scenario.source,
      resolveDir: APP_DIR,
      platform: scenario.platform,
      splitting: true,
      external: ['node:*'],
      outdir,
    });
    let code = '';
    let gzip = 0;
    let lazyGzip = 0;
    for (const file of Object.keys(metafile.outputs)) {
      if (!file.endsWith('.js')) continue;
      const text = await readFile(join(APP_DIR, file), 'utf8');
      const size = gzipSync(text, { level: 9 }).length;
      if (eager.has(file)) {
        code += text;
        gzip += size;
      } else {
        lazyGzip += size;
      }
    }
    return {
      scenario,
      minified: Buffer.byteLength(code),
      gzip,
      lazyGzip,
      violations: findViolations(scenario, code, metafile, eager),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function findViolations(scenario: Scenario, code: string, metafile: Metafile, eager: ReadonlySet<string>): string[] {
  const violations: string[] = [];
  const eagerOutputs = Object.entries(metafile.outputs)
    .filter(([file]) => eager.has(file))
    .map(([, output]) => output);
  const inputs = eagerOutputs.flatMap((output) => Object.keys(output.inputs));
  // The emulator is a dev dependency of the packages' tests: no SDK bundle may carry any of it.
  const emulatorInput = inputs.find((input) => /(packages\/emulator|node_modules\/@anth\/emulator)\//.test(input));
  if (emulatorInput) violations.push(`contains @anth/emulator (${emulatorInput})`);
  for (const banned of scenario.bannedPackages ?? []) {
    const hit = inputs.find((input) => input.includes(`node_modules/${banned}`));
    if (hit) violations.push(`contains ${banned} (${hit})`);
  }
  for (const [marker, meaning] of scenario.bannedCode ?? []) {
    if (code.includes(marker)) violations.push(`contains ${meaning}`);
  }
  for (const [marker, meaning] of scenario.requiredCode ?? []) {
    if (!code.includes(marker)) violations.push(`lacks ${meaning} (marker "${marker}" not found)`);
  }
  if (scenario.noNodeBuiltins) {
    const builtins = eagerOutputs
      .flatMap((output) => output.imports)
      .filter((entry) => entry.external && isNodeBuiltin(entry.path));
    for (const entry of builtins) violations.push(`imports Node built-in ${entry.path}`);
  }
  return violations;
}

/** Writes a small markdown table of reports (for CI logs and the closing note). */
export function formatReports(reports: readonly BundleReport[]): string {
  const rows = reports.map((report) => {
    const { budget, ceiling } = report.scenario;
    const status = report.violations.length
      ? `FAIL: ${report.violations.join('; ')}`
      : report.gzip > ceiling
        ? 'FAIL: over the ceiling'
        : report.gzip > budget
          ? `over budget by ${report.gzip - budget} B`
          : 'within budget';
    return `| ${report.scenario.name} | ${report.gzip} B | ${budget} B | ${ceiling} B | ${report.minified} B | ${report.lazyGzip ? `${report.lazyGzip} B` : '-'} | ${status} |`;
  });
  return [
    '| scenario | gzip | budget | enforced ceiling | minified | lazy chunks (gzip) | result |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Saves the table where CI and people can read it. */
export async function writeReport(path: string, text: string): Promise<void> {
  await writeFile(path, `${text}\n`);
}
