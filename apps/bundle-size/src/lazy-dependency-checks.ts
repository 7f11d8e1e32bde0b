import type { Metafile } from 'esbuild';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleGraph } from './bundle-graph.js';
import { isNodeBuiltin } from './node-builtins.js';

// Edge safety of a package that needs a heavy Node-only library on one credential path: bundled the
// way an app would be, with code splitting, the app's first load (the eager chunks) must hold no Node
// built-in and none of that library, while the library stays reachable through a lazy import().
// One suite, so @anth/vertex and @anth/foundry are measured alike.

/** What {@link describeLazyDependency} checks, for one package. */
export interface LazyDependencySuite {
  /** The `describe` title: the usage under test. */
  title: string;
  /** The package directory; the scenario's imports resolve from it and metafile paths are relative to it. */
  packageDir: string;
  /** The app: a name for the size report and its entry module source (importing the built package). */
  scenario: { name: string; source: string };
  /** How the scenario authenticates without the library, for a test title, e.g. `an API key`. */
  usage: string;
  /** The path that may load the library, for test titles, e.g. `Entra ID`. */
  lazyPath: string;
  /** The library's import specifier, left external in the browser bundle, e.g. `@azure/identity`. */
  library: string;
  /** Specifiers no eager chunk may import statically (the library's family), e.g. `(path) => path.startsWith('@azure/')`. */
  isLibraryImport: (specifier: string) => boolean;
  /** Source files of the library and its dependencies, none of which may be in an eager chunk of the Node bundle. */
  isLibraryInput: (inputPath: string) => boolean;
  /** Strings unique to the code only `lazyPath` needs (where each comes from → the string): in the bundle, but only lazily. */
  lazyCodeMarkers: Record<string, string>;
  /** Ceiling for the gzip bytes of the eager browser chunks: catches an accidental eager dependency. */
  eagerGzipBudget: number;
}

/**
 * Declares the import-graph tests of a package with a lazily loaded heavy library: for the browser,
 * no Node built-in and no library import is eager and the library is one lazy `import()`; core stays
 * in the entry chunk; the lazy path's code is only in lazy chunks; bundled for Node, the library's
 * files and built-ins are only in lazy chunks; the eager browser bundle stays under its gzip budget.
 *
 * @example
 * describeLazyDependency({
 *   title: 'import graph of `new AnthropicFoundry({ apiKey })` + a request',
 *   packageDir: PACKAGE_DIR,
 *   scenario: { name: '@anth/foundry, apiKey + POST /v1/messages', source: SCENARIO },
 *   usage: 'an API key',
 *   lazyPath: 'Entra ID',
 *   library: '@azure/identity',
 *   isLibraryImport: (specifier) => specifier.startsWith('@azure/'),
 *   isLibraryInput: (inputPath) => inputPath.includes('@azure') || inputPath.includes('@typespec'),
 *   lazyCodeMarkers: { "core's 401 resend": '401 with a cached token' },
 *   eagerGzipBudget: 11_000,
 * });
 */
export function describeLazyDependency(suite: LazyDependencySuite): void {
  const { library } = suite;
  let workDir: string;
  const bundle = async (platform: 'browser' | 'node', external: string[]): Promise<SplitBundle> => {
    const outdir = join(workDir, platform);
    const graph = await bundleGraph({
      source: suite.scenario.source,
      resolveDir: suite.packageDir,
      platform,
      external,
      splitting: true,
      outdir,
    });
    return { ...graph, resolveDir: suite.packageDir };
  };
  /** Built-ins and the library are left as imports, so they show up in the graph rather than fail the build. */
  const bundleForBrowser = () => bundle('browser', ['node:*', library]);

  describe(suite.title, () => {
    beforeAll(async () => {
      workDir = await mkdtemp(join(tmpdir(), `anth-${basename(suite.packageDir)}-graph-`));
    });
    afterAll(async () => {
      await rm(workDir, { recursive: true, force: true });
    });

    it(`for the browser: no Node built-in and no ${library} is imported eagerly; ${suite.lazyPath} is a lazy import()`, async () => {
      const browser = await bundleForBrowser();
      expect(
        eagerImports(browser).filter(
          (entry) =>
            entry.kind !== 'dynamic-import' && (isNodeBuiltin(entry.path) || suite.isLibraryImport(entry.path)),
        ),
      ).toEqual([]);
      // The library is reachable, only through import() from a lazy chunk: the check above could have failed.
      expect(importSites(browser, library)).toEqual([{ eager: false, kind: 'dynamic-import' }]);
    });

    it(`the lazily loaded ${suite.lazyPath} adapter imports nothing from core: only ${library}, itself lazily`, async () => {
      // A plain adapter: the chunks holding the lazy path's code load no other chunk statically, so
      // loading them never pulls core (or anything eager) along.
      const bundle = await bundleForBrowser();
      const markers = Object.values(suite.lazyCodeMarkers);
      const adapterChunks: string[] = [];
      for (const file of Object.keys(bundle.metafile.outputs)) {
        if (!file.endsWith('.js') || bundle.eager.has(file)) continue;
        const text = await readFile(join(bundle.resolveDir, file), 'utf8');
        if (markers.some((marker) => text.includes(marker))) adapterChunks.push(file);
      }
      expect(adapterChunks.length).toBeGreaterThan(0);
      for (const file of adapterChunks) {
        const staticImports = bundle.metafile.outputs[file]?.imports.filter(
          (entry) => entry.kind === 'import-statement',
        );
        expect(staticImports, file).toEqual([]);
      }
    });

    const markerSources = Object.keys(suite.lazyCodeMarkers).join(', ');
    it(`${suite.usage} loads none of the code only ${suite.lazyPath} needs: ${markerSources}`, async () => {
      const markers = Object.values(suite.lazyCodeMarkers);
      // Present, but lazily: each marker is absent from the eager code and found in the lazy code.
      expect(await findMarkers(await bundleForBrowser(), markers)).toEqual({ eager: [], lazy: markers });
    });

    it(`bundling everything for Node: ${library} and its built-ins land only in lazy chunks`, async () => {
      const node = await bundle('node', []);
      const inputs = chunkInputs(node);
      expect(inputs.eager.filter(suite.isLibraryInput)).toEqual([]);
      expect(inputs.eager.some((input) => input.endsWith('dist/index.mjs'))).toBe(true);
      expect(inputs.lazy.some((input) => input.includes(library))).toBe(true);
      expect(eagerImports(node).filter((entry) => entry.external && isNodeBuiltin(entry.path))).toEqual([]);
    });

    it('reports the gzip size of the eager browser bundle', async () => {
      const gzip = await eagerGzipBytes(await bundleForBrowser());
      console.log(`${suite.scenario.name}, eager browser bundle: ${gzip} B gzip`);
      expect(gzip).toBeLessThan(suite.eagerGzipBudget);
    });
  });
}

/** A scenario bundled with code splitting: the metafile, the eager chunks, and the directory their paths are relative to. */
interface SplitBundle {
  metafile: Metafile;
  /** Output paths of the entry chunk and every chunk it imports statically: what loads before the app runs. */
  eager: Set<string>;
  resolveDir: string;
}

/** Every import of the eager chunks (static, dynamic, external or not). */
function eagerImports(bundle: SplitBundle): Metafile['outputs'][string]['imports'] {
  return [...bundle.eager].flatMap((file) => bundle.metafile.outputs[file]?.imports ?? []);
}

/** Each place any chunk imports `specifier` (exactly): whether that chunk is eager, and the kind of import. */
function importSites(bundle: SplitBundle, specifier: string): Array<{ eager: boolean; kind: string }> {
  return Object.entries(bundle.metafile.outputs).flatMap(([file, output]) =>
    output.imports
      .filter((entry) => entry.path === specifier)
      .map((entry) => ({ eager: bundle.eager.has(file), kind: entry.kind })),
  );
}

/** Which of `markers` occur in the eager chunks' code and which in the lazy chunks' code, as written to disk. */
async function findMarkers(bundle: SplitBundle, markers: string[]): Promise<{ eager: string[]; lazy: string[] }> {
  const code = async (files: string[]): Promise<string> =>
    (await Promise.all(files.map((file) => readFile(join(bundle.resolveDir, file), 'utf8')))).join('\n');
  const eagerCode = await code([...bundle.eager]);
  const lazyCode = await code(
    Object.keys(bundle.metafile.outputs).filter((file) => file.endsWith('.js') && !bundle.eager.has(file)),
  );
  return {
    eager: markers.filter((marker) => eagerCode.includes(marker)),
    lazy: markers.filter((marker) => lazyCode.includes(marker)),
  };
}

/** The source files (metafile input paths) bundled into eager chunks and into lazy chunks. */
function chunkInputs(bundle: SplitBundle): { eager: string[]; lazy: string[] } {
  const outputs = Object.entries(bundle.metafile.outputs);
  const inputsOf = (eager: boolean): string[] =>
    outputs.filter(([file]) => bundle.eager.has(file) === eager).flatMap(([, output]) => Object.keys(output.inputs));
  return { eager: inputsOf(true), lazy: inputsOf(false) };
}

/** Gzip size (level 9) of the eager chunks, summed: the bytes an app downloads before it runs. */
async function eagerGzipBytes(bundle: SplitBundle): Promise<number> {
  let gzip = 0;
  for (const file of bundle.eager) gzip += gzipSync(await readFile(join(bundle.resolveDir, file)), { level: 9 }).length;
  return gzip;
}
