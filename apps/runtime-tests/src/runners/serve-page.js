import { createServer } from 'node:http';
import { build } from 'esbuild';

/**
 * Serves the smoke page on 127.0.0.1 (a free port): `/` is a bare HTML page that loads `/smoke.js`,
 * the esbuild browser bundle of `browser-page.js` with `@anth/core` and `@anth/messages` inside.
 * `/favicon.ico` is empty, everything else 404. The bundle is built once, in memory.
 *
 * @example
 * const page = await servePage();
 * // open `${page.url}/?baseURL=${encodeURIComponent(emulatorURL)}`
 * await page.close();
 *
 * @returns {Promise<{ url: string; bundleBytes: number; close(): Promise<void> }>}
 */
export async function servePage() {
  const result = await build({
    entryPoints: [decodeURIComponent(new URL('./browser-page.js', import.meta.url).pathname)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    outfile: 'smoke.js',
  });
  const script = result.outputFiles[0]?.contents ?? new Uint8Array();
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>@anth smoke</title></head><body><script type="module" src="/smoke.js"></script></body></html>';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://page').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (path === '/smoke.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    } else if (path === '/favicon.ico') {
      // Answered so the browser logs no 404 of its own: the page log should hold only the test's.
      response.writeHead(204).end();
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    bundleBytes: script.byteLength,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
