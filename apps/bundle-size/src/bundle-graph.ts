import { build, type Metafile } from 'esbuild';

/** What {@link bundleGraph} bundles, and where. */
export interface GraphBundleOptions {
  /** Entry module source (TypeScript allowed). */
  source: string;
  /** Where the entry's imports resolve from; also esbuild's working directory, so metafile paths are relative to it. */
  resolveDir: string;
  platform: 'browser' | 'node' | 'neutral';
  /** Left as imports (e.g. `node:*`, so built-ins are detected rather than failing a browser build). */
  external?: string[];
  /** Code splitting, so lazy `import()`s become chunks of their own. */
  splitting?: boolean;
  /** Output directory (files are written: sizes are read from disk). */
  outdir: string;
}

/**
 * Bundles an entry the way an application would (esbuild, bundle + minify + ESM, tree shaking),
 * writing `main.js` and its chunks, and says which chunks load eagerly. Shared by the size budgets
 * and the packages' import-graph tests, so both see the same graph.
 */
export async function bundleGraph(options: GraphBundleOptions): Promise<{ metafile: Metafile; eager: Set<string> }> {
  const result = await build({
    absWorkingDir: options.resolveDir,
    stdin: { contents: options.source, resolveDir: options.resolveDir, sourcefile: 'scenario.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: options.splitting === true,
    platform: options.platform,
    target: 'es2022',
    outdir: options.outdir,
    entryNames: 'main',
    metafile: true,
    write: true,
    logLevel: 'silent',
    external: options.external ?? [],
  });
  return { metafile: result.metafile, eager: eagerChunks(result.metafile) };
}

/** The entry chunk and every chunk reachable from it through static imports: what loads before the app runs. */
export function eagerChunks(metafile: Metafile): Set<string> {
  const main = Object.keys(metafile.outputs).find((file) => file.endsWith('main.js'));
  const eager = new Set<string>(main ? [main] : []);
  const queue = [...eager];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const entry of metafile.outputs[file]?.imports ?? []) {
      if (entry.kind === 'import-statement' && !entry.external && !eager.has(entry.path)) {
        eager.add(entry.path);
        queue.push(entry.path);
      }
    }
  }
  return eager;
}
