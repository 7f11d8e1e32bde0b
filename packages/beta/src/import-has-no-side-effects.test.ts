import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

// Importing a package must do no work: no environment reads, no timers, no globals touched, and the
// main entry loads no Node built-in (it must run unchanged in browsers and edge runtimes) and no zod.
// Checked on the built ESM and CJS entry points in a fresh Node process.
const probe = (load: string): string => `
  const reads = [];
  const nodeLoaderReads = /^(NODE_|WATCH_REPORT_DEPENDENCIES$)/; // Node's own module loader reads these
  const env = process.env;
  process.env = new Proxy(env, { get(target, key) { if (typeof key === 'string' && !nodeLoaderReads.test(key)) reads.push(key); return Reflect.get(target, key); } });
  const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
  const originalSetTimeout = globalThis.setTimeout;
  let timers = 0;
  globalThis.setTimeout = (...args) => { timers++; return originalSetTimeout(...args); };
  const Module = require('node:module');
  const loaded = [];
  const originalLoad = Module._load;
  Module._load = function (request, ...rest) { loaded.push(request); return originalLoad.call(this, request, ...rest); };
  Promise.resolve(${load}).then(() => {
    globalThis.setTimeout = originalSetTimeout;
    Module._load = originalLoad;
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !globalsBefore.has(name));
    process.env = env;
    const forbidden = loaded.filter((request) => request.startsWith('node:') || /^(fs|path|os|zod)(\\/|$)/.test(request));
    console.log(JSON.stringify({ reads, timers, added, forbidden }));
  });
`;

const require = createRequire(import.meta.url);
const entries = {
  esm: `import(${JSON.stringify('@anth/beta')})`,
  cjs: `require(${JSON.stringify(require.resolve('@anth/beta'))})`,
};

it.each(Object.entries(entries))('importing the %s build reads no env, starts no timer, adds no global, loads no Node built-in or zod', (_format, load) => {
  const output = execFileSync(process.execPath, ['--input-type=commonjs', '-e', probe(load)], { cwd: import.meta.dirname, encoding: 'utf8', timeout: 20_000 });
  expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({ reads: [], timers: 0, added: [], forbidden: [] });
});

it('the node entry loads node:fs only when called', () => {
  const output = execFileSync(process.execPath, ['--input-type=commonjs', '-e', probe(`require(${JSON.stringify(require.resolve('@anth/beta/node'))})`)], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({ reads: [], timers: 0, added: [], forbidden: [] });
});
