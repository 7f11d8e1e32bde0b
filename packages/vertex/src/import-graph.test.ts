import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleGraph } from '../../../apps/bundle-size/src/bundle-graph.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Edge safety, checked on the built package: an app that imports @anth/vertex and uses a static
// access token must load no Node built-in and no google-auth-library; Application Default
// Credentials may load the library, but only through a lazy import() on that path.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST_ESM = join(PACKAGE_DIR, 'dist/index.mjs');
const DIST_CJS = join(PACKAGE_DIR, 'dist/index.cjs');
const BUILTINS = new Set(['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'http', 'https', 'net', 'os', 'path', 'querystring', 'stream', 'tls', 'url', 'util', 'zlib']);
const SCENARIO = `import { AnthropicVertex } from ${JSON.stringify(DIST_ESM)};
const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project', accessToken: 'ya29.token', dangerouslyAllowBrowser: true });
client.post('/v1/messages', { body: { model: 'claude-sonnet-4-5@20250929', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] } }).then(console.log);`;

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'anth-vertex-graph-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Bundles the scenario with code splitting; returns the metafile and the chunks loaded before the app runs. */
async function bundle(platform: 'browser' | 'node', external: string[]) {
  const outdir = join(workDir, platform);
  return { ...(await bundleGraph({ source: SCENARIO, resolveDir: PACKAGE_DIR, platform, external, splitting: true, outdir })), outdir };
}

const isBuiltin = (path: string): boolean => path.startsWith('node:') || BUILTINS.has(path.split('/')[0] ?? path);

describe('import graph of `new AnthropicVertex({ accessToken })` + a request', () => {
  it('for the browser: no Node built-in and no google-auth-library is imported eagerly; ADC is a lazy import()', async () => {
    const { metafile, eager } = await bundle('browser', ['node:*', 'google-auth-library']);
    const eagerImports = [...eager].flatMap((file) => metafile.outputs[file]?.imports ?? []);
    expect(eagerImports.filter((entry) => entry.kind !== 'dynamic-import' && (isBuiltin(entry.path) || entry.path === 'google-auth-library'))).toEqual([]);
    // The library is reachable, only through import() from a lazy chunk: the check above could have failed.
    const libraryImports = Object.entries(metafile.outputs).flatMap(([file, output]) => output.imports.filter((entry) => entry.path === 'google-auth-library').map((entry) => ({ eager: eager.has(file), kind: entry.kind })));
    expect(libraryImports).toEqual([{ eager: false, kind: 'dynamic-import' }]);
  });

  it('keeps core in the entry chunk: the lazily loaded credential code imports nothing eager', async () => {
    // A lazy chunk importing core would make bundlers move all of core into a chunk shared with it:
    // one more file to load and ~400 B more gzip. The credential modules take core's tools instead.
    const { eager } = await bundle('browser', ['node:*', 'google-auth-library']);
    expect([...eager].map((file) => file.split('/').at(-1))).toEqual(['main.js']);
  });

  it('a static accessToken loads none of the other credential code: token providers, google-auth-library clients, the 401 resend', async () => {
    const { metafile, eager } = await bundle('browser', ['node:*', 'google-auth-library']);
    const code = async (files: string[]) => (await Promise.all(files.map((file) => readFile(join(PACKAGE_DIR, file), 'utf8')))).join('\n');
    const eagerCode = await code([...eager]);
    const lazyCode = await code(Object.keys(metafile.outputs).filter((file) => file.endsWith('.js') && !eager.has(file)));
    // Messages unique to the credential module, core's token machinery and the ADC loader: present, but lazily.
    for (const marker of ['Failed to acquire Google OAuth credentials.', 'Failed to get token from', '401 with a cached token', 'tried Application Default Credentials']) {
      expect(eagerCode).not.toContain(marker);
      expect(lazyCode).toContain(marker);
    }
  });

  it('bundling everything for Node: google-auth-library and its built-ins land only in lazy chunks', async () => {
    const { metafile, eager } = await bundle('node', []);
    const eagerInputs = [...eager].flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
    const lazyInputs = Object.entries(metafile.outputs)
      .filter(([file]) => !eager.has(file))
      .flatMap(([, output]) => Object.keys(output.inputs));
    expect(eagerInputs.filter((input) => input.includes('google-auth-library') || input.includes('gaxios'))).toEqual([]);
    expect(eagerInputs.some((input) => input.endsWith('dist/index.mjs'))).toBe(true);
    expect(lazyInputs.some((input) => input.includes('google-auth-library'))).toBe(true);
    const eagerBuiltins = [...eager].flatMap((file) => metafile.outputs[file]?.imports ?? []).filter((entry) => entry.external && isBuiltin(entry.path));
    expect(eagerBuiltins).toEqual([]);
  });

  it('reports the gzip size of the eager browser bundle', async () => {
    const { eager, outdir } = await bundle('browser', ['node:*', 'google-auth-library']);
    let gzip = 0;
    for (const file of eager) gzip += gzipSync(await readFile(join(PACKAGE_DIR, file)), { level: 9 }).length;
    console.log(`@anth/vertex, accessToken + POST /v1/messages, eager browser bundle: ${gzip} B gzip (${outdir})`);
    // A budget that catches an accidental eager dependency (google-auth-library alone is ~86 KB gzip).
    expect(gzip).toBeLessThan(12_000);
  });
});

describe('at run time (built CommonJS entry, fresh Node process)', () => {
  it('loads google-auth-library only when a client without credentials sends its first request', () => {
    const script = `
      const { AnthropicVertex } = require(${JSON.stringify(DIST_CJS)});
      const loaded = () => Object.keys(require.cache).some((file) => file.includes('google-auth-library'));
      const fetch = async () => new Response('{"type":"message"}', { headers: { 'content-type': 'application/json' } });
      const body = { model: 'claude-sonnet-4-5@20250929', max_tokens: 1, messages: [] };
      (async () => {
        const steps = { afterImport: loaded() };
        await new AnthropicVertex({ region: 'us-east5', projectId: 'p', accessToken: 't', fetch }).post('/v1/messages', { body });
        steps.afterAccessTokenRequest = loaded();
        const adc = new AnthropicVertex({ region: 'us-east5', projectId: 'p', fetch, maxRetries: 0 });
        steps.afterADCClient = loaded();
        await adc.post('/v1/messages', { body }).catch(() => {});
        steps.afterADCRequest = loaded();
        console.log(JSON.stringify(steps));
      })();`;
    const output = execFileSync(process.execPath, ['--input-type=commonjs', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
      // ADC fails at once on a missing credentials file, before any metadata-server probe.
      env: { PATH: process.env['PATH'], GOOGLE_APPLICATION_CREDENTIALS: join(tmpdir(), 'anth-no-such-credentials.json'), METADATA_SERVER_DETECTION: 'none', GCE_METADATA_HOST: '127.0.0.1:1' },
    });
    expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({ afterImport: false, afterAccessTokenRequest: false, afterADCClient: false, afterADCRequest: true });
  });
});
