import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleGraph } from '../../../apps/bundle-size/src/bundle-graph.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Edge safety, checked on the built package: an app that imports @anth/foundry and uses an API key
// must load no Node built-in and no @azure/identity; Entra ID may load it, but only through a lazy
// import() on that path.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST_ESM = join(PACKAGE_DIR, 'dist/index.mjs');
const BUILTINS = new Set(['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'http', 'https', 'net', 'os', 'path', 'querystring', 'stream', 'tls', 'url', 'util', 'zlib']);
const SCENARIO = `import { AnthropicFoundry } from ${JSON.stringify(DIST_ESM)};
const client = new AnthropicFoundry({ resource: 'my-resource', apiKey: 'foundry-key', dangerouslyAllowBrowser: true });
client.post('/v1/messages', { body: { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] } }).then(console.log);`;

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'anth-foundry-graph-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function bundle(platform: 'browser' | 'node', external: string[]) {
  return bundleGraph({ source: SCENARIO, resolveDir: PACKAGE_DIR, platform, external, splitting: true, outdir: join(workDir, platform) });
}

const isBuiltin = (path: string): boolean => path.startsWith('node:') || BUILTINS.has(path.split('/')[0] ?? path);

describe('import graph of `new AnthropicFoundry({ apiKey })` + a request', () => {
  it('for the browser: no Node built-in and no @azure/identity is imported eagerly; Entra ID is a lazy import()', async () => {
    const { metafile, eager } = await bundle('browser', ['node:*', '@azure/identity']);
    const eagerImports = [...eager].flatMap((file) => metafile.outputs[file]?.imports ?? []);
    expect(eagerImports.filter((entry) => entry.kind !== 'dynamic-import' && (isBuiltin(entry.path) || entry.path.startsWith('@azure/')))).toEqual([]);
    // The library is reachable, only through import() from a lazy chunk: the check above could have failed.
    const libraryImports = Object.entries(metafile.outputs).flatMap(([file, output]) => output.imports.filter((entry) => entry.path === '@azure/identity').map((entry) => ({ eager: eager.has(file), kind: entry.kind })));
    expect(libraryImports).toEqual([{ eager: false, kind: 'dynamic-import' }]);
  });

  it('keeps core in the entry chunk: the lazily loaded credential code imports nothing eager', async () => {
    // A lazy chunk importing core would make bundlers move all of core into a chunk shared with it:
    // one more file to load and ~400 B more gzip. The credential modules take core's tools instead.
    const { eager } = await bundle('browser', ['node:*', '@azure/identity']);
    expect([...eager].map((file) => file.split('/').at(-1))).toEqual(['main.js']);
  });

  it('an API key loads none of the Entra ID code: token sources, the 401 resend', async () => {
    const { metafile, eager } = await bundle('browser', ['node:*', '@azure/identity']);
    const code = async (files: string[]) => (await Promise.all(files.map((file) => readFile(join(PACKAGE_DIR, file), 'utf8')))).join('\n');
    const eagerCode = await code([...eager]);
    const lazyCode = await code(Object.keys(metafile.outputs).filter((file) => file.endsWith('.js') && !eager.has(file)));
    // Messages unique to the Entra ID module and core's token machinery: present, but lazily.
    for (const marker of ['function argument to return a string', 'DefaultAzureCredential is tried', 'Failed to get token from', '401 with a cached token']) {
      expect(eagerCode).not.toContain(marker);
      expect(lazyCode).toContain(marker);
    }
  });

  it('bundling everything for Node: @azure/identity and its built-ins land only in lazy chunks', async () => {
    const { metafile, eager } = await bundle('node', []);
    const eagerInputs = [...eager].flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
    const lazyInputs = Object.entries(metafile.outputs)
      .filter(([file]) => !eager.has(file))
      .flatMap(([, output]) => Object.keys(output.inputs));
    expect(eagerInputs.filter((input) => input.includes('@azure') || input.includes('@typespec'))).toEqual([]);
    expect(eagerInputs.some((input) => input.endsWith('dist/index.mjs'))).toBe(true);
    expect(lazyInputs.some((input) => input.includes('@azure/identity'))).toBe(true);
    expect([...eager].flatMap((file) => metafile.outputs[file]?.imports ?? []).filter((entry) => entry.external && isBuiltin(entry.path))).toEqual([]);
  });

  it('reports the gzip size of the eager browser bundle', async () => {
    const { eager } = await bundle('browser', ['node:*', '@azure/identity']);
    let gzip = 0;
    for (const file of eager) gzip += gzipSync(await readFile(join(PACKAGE_DIR, file)), { level: 9 }).length;
    console.log(`@anth/foundry, apiKey + POST /v1/messages, eager browser bundle: ${gzip} B gzip`);
    // A budget that catches an accidental eager dependency (@azure/identity alone is ~118 KB gzip).
    expect(gzip).toBeLessThan(11_000);
  });
});

describe('at run time (built ES module entry, fresh Node process)', () => {
  it('resolves @azure/identity only when an Entra ID client sends its first request', () => {
    // A module resolve hook reports every @azure/* module Node resolves, to the main thread.
    const hooks = `let port; export function initialize(data) { port = data.port; }
      export async function resolve(specifier, context, next) { const result = await next(specifier, context); if (result.url.includes('/@azure/identity/')) port.postMessage(result.url); return result; }`;
    const script = `
      import { register } from 'node:module';
      import { MessageChannel } from 'node:worker_threads';
      const { port1, port2 } = new MessageChannel();
      let loaded = false;
      port1.on('message', () => { loaded = true; });
      port1.unref();
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), { data: { port: port2 }, transferList: [port2] });
      const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
      const { AnthropicFoundry } = await import(${JSON.stringify(DIST_ESM)});
      const fetch = async () => new Response('{"type":"message"}', { headers: { 'content-type': 'application/json' } });
      const body = { model: 'claude-sonnet-4-5', max_tokens: 1, messages: [] };
      const steps = {};
      await settle();
      steps.afterImport = loaded;
      await new AnthropicFoundry({ resource: 'r', apiKey: 'k', fetch }).post('/v1/messages', { body });
      await settle();
      steps.afterApiKeyRequest = loaded;
      const entra = new AnthropicFoundry({ resource: 'r', credential: { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 3600000 }) }, fetch });
      await settle();
      steps.afterEntraClient = loaded;
      await entra.post('/v1/messages', { body });
      await settle();
      steps.afterEntraRequest = loaded;
      console.log(JSON.stringify(steps));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000, cwd: PACKAGE_DIR });
    expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({ afterImport: false, afterApiKeyRequest: false, afterEntraClient: false, afterEntraRequest: true });
  });
});
