import { build, type Metafile } from 'esbuild';
import { isNodeBuiltin } from '../../../apps/bundle-size/src/node-builtins.js';
import { describe, expect, it } from 'vitest';

// What a bundler puts in a browser or edge bundle of `@anth/bedrock` used with static keys or an API
// key: the built ESM entry, bundled with esbuild with code splitting. The eager graph (the entry
// chunk) must hold no Node built-in and no AWS SDK; the signer and the eventstream codec may only sit in
// lazily loaded chunks; the AWS credential chain must not be in the bundle at all.
const packageDir = new URL('..', import.meta.url).pathname;
const usage = `
  import { AnthropicBedrock } from './dist/index.mjs';
  export const withKeys = new AnthropicBedrock({ awsRegion: 'us-east-1', awsAccessKey: 'AKID', awsSecretKey: 'secret' });
  export const withApiKey = new AnthropicBedrock({ awsRegion: 'us-east-1', apiKey: 'key' });
  export const send = (client) => client.post('/v1/messages', { body: { model: 'm', max_tokens: 1, messages: [] } });
`;

async function bundle(options: {
  platform: 'browser' | 'neutral';
  external?: string[];
  conditions?: string[];
  mainFields?: string[];
}): Promise<Metafile> {
  const result = await build({
    stdin: { contents: usage, resolveDir: packageDir, loader: 'js', sourcefile: 'usage.js' },
    absWorkingDir: packageDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  return result.metafile;
}

function entryChunk(metafile: Metafile): Metafile['outputs'][string] {
  const entry = Object.values(metafile.outputs).find((output) => output.entryPoint === 'usage.js');
  if (!entry) throw new Error('no entry chunk in the metafile');
  return entry;
}

/** Every input file reachable from the entry chunk through static imports (the eager graph). */
function eagerInputs(metafile: Metafile): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  const entryPath = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === 'usage.js')?.[0] ?? '';
  visit(entryPath);
  return [...seen].flatMap((path) => Object.keys(metafile.outputs[path]?.inputs ?? {}));
}

const allInputs = (metafile: Metafile): string[] => Object.keys(metafile.inputs);
const externalImports = (metafile: Metafile): string[] =>
  Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((imported) => imported.external).map((imported) => imported.path),
  );

describe('the import graph of @anth/bedrock with static keys or an API key', () => {
  it('for browsers: no Node built-in anywhere, no credential chain, signer and codec only in lazy chunks', async () => {
    const metafile = await bundle({ platform: 'browser' });
    expect(externalImports(metafile).filter(isNodeBuiltin)).toEqual([]);
    expect(allInputs(metafile).filter((path) => path.includes('@aws-sdk/credential-providers'))).toEqual([]);
    // Present, but lazily: the bundle can sign and decode streams.
    expect(allInputs(metafile).some((path) => path.includes('@smithy/signature-v4'))).toBe(true);
    expect(
      allInputs(metafile).some((path) => path.includes('@smithy/eventstream-codec') || path.includes('event-streams')),
    ).toBe(true);
    const eager = eagerInputs(metafile);
    expect(eager).toContain('dist/index.mjs'); // @anth/bedrock itself, relative to its package directory
    expect(eager.filter((path) => /@smithy|@aws-crypto|@aws-sdk/.test(path))).toEqual([]);
    const lazyEntries = entryChunk(metafile)
      .imports.filter((imported) => imported.kind === 'dynamic-import')
      .map((imported) => /@smithy\/[a-z0-9-]+/.exec(metafile.outputs[imported.path]?.entryPoint ?? '')?.[0])
      // Core's own lazy chunks (rare credential kinds, log lines) are not AWS code.
      .filter((entry) => entry !== undefined);
    expect(lazyEntries.sort()).toEqual(['@smithy/eventstream-codec', '@smithy/signature-v4']);
  });

  it('for edge runtimes (neutral platform, worker conditions, as wrangler bundles): no Node built-in, no credential chain', async () => {
    const metafile = await bundle({
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['browser', 'module', 'main'],
    });
    expect(externalImports(metafile).filter(isNodeBuiltin)).toEqual([]);
    expect(allInputs(metafile).filter((path) => path.includes('credential-providers'))).toEqual([]);
  });

  it('our own code (core + bedrock, third-party packages left external) imports no Node built-in on any platform', async () => {
    const metafile = await bundle({
      platform: 'neutral',
      external: ['@smithy/*', '@aws-crypto/*', '@aws-sdk/*', 'fetch-event-stream'],
    });
    expect(externalImports(metafile).filter(isNodeBuiltin)).toEqual([]);
    // What is left is our declared runtime packages: the two lazily imported AWS pieces, and core's SSE parser when used.
    const externals = [...new Set(externalImports(metafile))];
    expect(
      externals.filter(
        (path) => !['@smithy/eventstream-codec', '@smithy/signature-v4', 'fetch-event-stream'].includes(path),
      ),
    ).toEqual([]);
    expect(externals).toEqual(expect.arrayContaining(['@smithy/eventstream-codec', '@smithy/signature-v4']));
  });
});
