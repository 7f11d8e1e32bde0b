// Runs workerd cases in Cloudflare's workerd, through miniflare (needs Node >= 22: run it with the
// runtimes project's Node 22):
//   runtimes/node_modules/node22/bin/node src/runners/run-workerd.js <case>=<emulator base URL> ...
// Prints `{ "<case>": <result>, ... }` as one JSON line on stdout.
import { bundleWorkerdCase } from './bundle-workerd-case.js';
import { runtimesRequire } from './runtimes-require.js';
import { workerdCases } from './workerd-cases.js';

// A date this workerd release supports; cases can't depend on behaviour newer than the binary.
const COMPATIBILITY_DATE = '2026-07-01';

const requested = process.argv.slice(2).map((argument) => {
  const separator = argument.indexOf('=');
  const name = argument.slice(0, separator);
  const workerdCase = workerdCases.find((candidate) => candidate.name === name);
  if (separator === -1 || !workerdCase) {
    console.error(
      `usage: run-workerd.js <case>=<base URL> ...; cases: ${workerdCases.map((candidate) => candidate.name).join(', ')}`,
    );
    process.exit(2);
  }
  return { workerdCase, baseURL: argument.slice(separator + 1) };
});

/** @type {{ Miniflare: new (options: Record<string, unknown>) => { getWorker(name: string): Promise<{ fetch(url: string, init: RequestInit): Promise<Response> }>; dispose(): Promise<void> } }} */
const { Miniflare } = runtimesRequire('miniflare');
const workers = await Promise.all(
  requested.map(async ({ workerdCase }) => ({
    name: workerdCase.name,
    modules: await bundleWorkerdCase(workerdCase),
    modulesRoot: `/workerd-bundle/${workerdCase.name}`,
    compatibilityDate: COMPATIBILITY_DATE,
    compatibilityFlags: workerdCase.compatibilityFlags ?? [],
  })),
);
// cf: false keeps miniflare from downloading the `request.cf` fixture (no network here).
const miniflare = new Miniflare({ workers, cf: false });
/** @type {Record<string, unknown>} */
const results = {};
try {
  for (const { workerdCase, baseURL } of requested) {
    const worker = await miniflare.getWorker(workerdCase.name);
    const response = await worker.fetch('http://workerd-case/', { method: 'POST', body: JSON.stringify({ baseURL }) });
    const text = await response.text();
    try {
      results[workerdCase.name] = JSON.parse(text);
    } catch {
      results[workerdCase.name] = {
        ok: false,
        failures: [`the worker answered ${response.status} with non-JSON: ${text.slice(0, 500)}`],
      };
    }
  }
} finally {
  await miniflare.dispose();
}
console.log(JSON.stringify(results));
process.exit(0);
