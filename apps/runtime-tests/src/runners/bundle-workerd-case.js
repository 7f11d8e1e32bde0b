import { dirname } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a workerd case the way wrangler does (esbuild, ESM, browser platform with the `workerd`
 * and `worker` conditions) behind a `fetch` handler that takes `{ baseURL }` as a JSON body and
 * answers the case's result as JSON. Code splitting keeps lazy `import()`s in their own modules, as
 * they would load on a real worker. Nothing is written to disk.
 *
 * @example
 * const modules = await bundleWorkerdCase(workerdCases[0]);
 *
 * @param {import('./workerd-cases.js').WorkerdCase} workerdCase
 * @returns {Promise<{ type: 'ESModule'; path: string; contents: Uint8Array }[]>} the entry module first
 */
export async function bundleWorkerdCase(workerdCase) {
  const outdir = `/workerd-bundle/${workerdCase.name}`;
  const handler = [
    `import { run } from ${JSON.stringify(workerdCase.entry)};`,
    'export default {',
    '  async fetch(request) {',
    '    const { baseURL } = await request.json();',
    '    try {',
    '      return Response.json(await run({ baseURL }));',
    '    } catch (error) {',
    "      return Response.json({ ok: false, failures: ['the case threw: ' + (error && error.stack || String(error))] });",
    '    }',
    '  },',
    '};',
  ].join('\n');
  const result = await build({
    stdin: { contents: handler, resolveDir: dirname(workerdCase.entry), sourcefile: 'worker.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    outdir,
    entryNames: 'worker',
    write: false,
    logLevel: 'silent',
    external: workerdCase.external ?? [],
  });
  const modules = result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => ({ type: /** @type {const} */ ('ESModule'), path: file.path, contents: file.contents }));
  return modules.sort(
    (left, right) => Number(right.path.endsWith('/worker.js')) - Number(left.path.endsWith('/worker.js')),
  );
}
