import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// Importing the package must do no work: no environment reads, no timers, no globals touched.
// Checked on the built ESM and CJS entry points in a fresh Node process whose process.env records reads.
const probe = (load: string): string => `
  const reads = [];
  const nodeLoaderReads = /^(NODE_|WATCH_REPORT_DEPENDENCIES$)/; // Node's own module loader reads these
  const env = process.env;
  process.env = new Proxy(env, { get(target, key) { if (typeof key === 'string' && !nodeLoaderReads.test(key)) reads.push(key); return Reflect.get(target, key); } });
  const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
  const originalSetTimeout = globalThis.setTimeout;
  let timers = 0;
  globalThis.setTimeout = (...args) => { timers++; return originalSetTimeout(...args); };
  Promise.resolve(${load}).then(() => {
    globalThis.setTimeout = originalSetTimeout;
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !globalsBefore.has(name));
    process.env = env;
    console.log(JSON.stringify({ reads, timers, added }));
  });
`;

const dist = (file: string): string => JSON.stringify(fileURLToPath(new URL(`../dist/${file}`, import.meta.url)));
const entries = { esm: `import(${dist('index.mjs')})`, cjs: `require(${dist('index.cjs')})` };

it.each(Object.entries(entries))('importing the %s build reads no env, starts no timer, adds no global', (_format, load) => {
  const output = execFileSync(process.execPath, ['--input-type=commonjs', '-e', probe(load)], { encoding: 'utf8', timeout: 20_000 });
  expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({ reads: [], timers: 0, added: [] });
});
