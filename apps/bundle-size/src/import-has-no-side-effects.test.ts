import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Importing any public entry point must do no work, so bundlers can tree-shake it and edge runtimes can
// load it: no environment read, no timer, no global added, no Node built-in (those belong behind a lazy
// `import()` on the path that needs them) and none of the heavy optional libraries (zod, the cloud SDKs).
// Each entry is loaded from its built dist, as `import` and as `require`, in a fresh Node process that
// traps all of that; one process per entry and format, so a finding is pinned to the entry that caused it.

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES_DIR = fileURLToPath(new URL('../../../packages/', import.meta.url));

/** Libraries no entry may load eagerly: optional peers and cloud SDKs (with their own dependency trees). */
const HEAVY_MODULE =
  /^((zod|google-auth-library|gaxios|gcp-metadata|@azure\/identity)(\/|$)|(@aws-sdk|@smithy|@aws-crypto)\/)/;

interface PackageJson {
  name: string;
  private?: boolean;
  exports?: Record<string, string | Record<string, unknown>>;
}

interface EntryPoint {
  specifier: string;
  format: 'esm' | 'cjs';
}

const publicPackages: PackageJson[] = readdirSync(PACKAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => JSON.parse(readFileSync(join(PACKAGES_DIR, entry.name, 'package.json'), 'utf8')) as PackageJson)
  .filter((manifest) => manifest.private !== true);

const entryPoints: EntryPoint[] = publicPackages.flatMap((manifest) =>
  Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => subpath !== './package.json')
    .flatMap(([subpath, conditions]) => {
      const specifier = manifest.name + subpath.slice(1);
      const formats =
        typeof conditions === 'object'
          ? (['import', 'require'] as const).filter((condition) => condition in conditions)
          : [];
      return formats.map((condition) => ({
        specifier,
        format: condition === 'import' ? ('esm' as const) : ('cjs' as const),
      }));
    }),
);

/** An ESM resolve hook that appends each `[specifier, resolved URL]` it sees to `resolveLog`, one JSON line each. */
const resolveHook = (resolveLog: string): string =>
  `import { appendFileSync } from 'node:fs';
  export async function resolve(specifier, context, next) {
    const result = await next(specifier, context);
    appendFileSync(${JSON.stringify(resolveLog)}, JSON.stringify([specifier, result.url]) + '\\n');
    return result;
  }`;

// Runs in the child (CommonJS eval). Module resolution is recorded twice over: a resolve hook (hooks run
// on their own thread in Node 20, so it appends to a file, written before the import can finish) sees
// every ESM specifier, and a `Module._load` trap sees every `require`, including those made by CommonJS
// code that ESM pulls in. The traps go in after the hook is registered, so its own setup is not counted.
const probe = (entry: EntryPoint, resolveLog: string): string => `
  const Module = require('node:module');
  const fs = require('node:fs');
  const resolveLog = ${JSON.stringify(resolveLog)};
  Module.register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(resolveHook(resolveLog))}));

  const reads = [];
  const nodeLoaderReads = /^(NODE_|WATCH_REPORT_DEPENDENCIES$)/; // Node's own module loader reads these
  const env = process.env;
  process.env = new Proxy(env, { get(target, key) { if (typeof key === 'string' && !nodeLoaderReads.test(key)) reads.push(key); return Reflect.get(target, key); } });
  const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
  const timers = [];
  const timerFunctions = ['setTimeout', 'setInterval', 'setImmediate'];
  const originalTimers = timerFunctions.map((name) => globalThis[name]);
  timerFunctions.forEach((name, index) => { globalThis[name] = (...args) => { timers.push(name); return originalTimers[index](...args); }; });
  const required = [];
  const originalLoad = Module._load;
  Module._load = function (request, ...rest) { required.push(request); return originalLoad.call(this, request, ...rest); };

  const specifier = ${JSON.stringify(entry.specifier)};
  Promise.resolve(${entry.format === 'esm' ? 'import(specifier)' : 'require(specifier)'}).then(() => {
    Module._load = originalLoad;
    timerFunctions.forEach((name, index) => { globalThis[name] = originalTimers[index]; });
    process.env = env;
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !globalsBefore.has(name));
    const resolved = fs.existsSync(resolveLog) ? fs.readFileSync(resolveLog, 'utf8').split('\\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
    const requests = [...required, ...resolved.map(([request]) => request)];
    const paths = [...Object.keys(require.cache), ...resolved.map(([, url]) => url)].map((path) => path.replaceAll('\\\\', '/'));
    const builtins = [...new Set(requests.filter((request) => Module.isBuiltin(request)))];
    const heavyModule = new RegExp(${JSON.stringify(HEAVY_MODULE.source)});
    const packagesOnPaths = paths.flatMap((path) => [...path.matchAll(/node_modules\\/((?:@[^/]+\\/)?[^/]+)/g)].map((match) => match[1]));
    const heavy = [...new Set([...requests.filter((request) => heavyModule.test(request)), ...packagesOnPaths.filter((name) => heavyModule.test(name))])];
    console.log(JSON.stringify({ reads, timers, added, builtins, heavy }));
  });
`;

const execFileAsync = promisify(execFile);
const logDir = mkdtempSync(join(tmpdir(), 'anth-import-probe-'));
afterAll(() => rmSync(logDir, { recursive: true, force: true }));

// Probes start as the file loads and run in the background, as many at a time as there are cores.
const results = new Map<EntryPoint, Promise<unknown>>();
const queue = [...entryPoints];
const runNext = async (): Promise<void> => {
  for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
    const resolveLog = join(logDir, `${entry.specifier.replaceAll('/', '+')}.${entry.format}.log`);
    const run = execFileAsync(
      process.execPath,
      ['--no-warnings', '--input-type=commonjs', '-e', probe(entry, resolveLog)],
      {
        cwd: APP_DIR,
        encoding: 'utf8',
        timeout: 20_000,
      },
    ).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as unknown);
    results.set(entry, run);
    await run.catch(() => undefined);
  }
};
const workers = Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, runNext));
afterAll(() => workers);

describe('importing a public entry point has no side effects', () => {
  it('finds every public package and can resolve it from this app', () => {
    const manifest = JSON.parse(readFileSync(join(APP_DIR, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(publicPackages.length).toBeGreaterThan(0);
    expect(
      publicPackages.map(({ name }) => name).filter((name) => manifest.dependencies?.[name] === undefined),
    ).toEqual([]);
    for (const { name } of publicPackages)
      expect(entryPoints.filter(({ specifier }) => specifier === name).map(({ format }) => format)).toEqual([
        'esm',
        'cjs',
      ]);
  });

  it.each(entryPoints.map((entry) => [entry.specifier, entry.format, entry] as const))(
    '%s (%s) reads no env, starts no timer, adds no global, loads no Node built-in, zod or cloud SDK',
    async (_specifier, _format, entry) => {
      await workers;
      await expect(results.get(entry)).resolves.toEqual({ reads: [], timers: [], added: [], builtins: [], heavy: [] });
    },
  );
});
