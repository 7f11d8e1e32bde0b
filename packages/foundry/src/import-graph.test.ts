import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeLazyDependency } from '../../../apps/bundle-size/src/lazy-dependency-checks.js';
import { describe, expect, it } from 'vitest';

// Edge safety, checked on the built package: an app that imports @anth/foundry and uses an API key
// must load no Node built-in and no @azure/identity; Entra ID may load it, but only through a lazy
// import() on that path.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST_ESM = join(PACKAGE_DIR, 'dist/index.mjs');
const SCENARIO = `import { AnthropicFoundry } from ${JSON.stringify(DIST_ESM)};
const client = new AnthropicFoundry({ resource: 'my-resource', apiKey: 'foundry-key', dangerouslyAllowBrowser: true });
client.post('/v1/messages', { body: { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] } }).then(console.log);`;

describeLazyDependency({
  title: 'import graph of `new AnthropicFoundry({ apiKey })` + a request',
  packageDir: PACKAGE_DIR,
  scenario: { name: '@anth/foundry, apiKey + POST /v1/messages', source: SCENARIO },
  usage: 'an API key',
  lazyPath: 'Entra ID',
  library: '@azure/identity',
  isLibraryImport: (specifier) => specifier.startsWith('@azure/'),
  isLibraryInput: (inputPath) => inputPath.includes('@azure') || inputPath.includes('@typespec'),
  lazyCodeMarkers: {
    'the Entra ID module': 'function argument to return a string',
    'its DefaultAzureCredential loader': 'DefaultAzureCredential is tried',
  },
  // @azure/identity alone is ~118 KB gzip.
  eagerGzipBudget: 11_000,
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
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
      cwd: PACKAGE_DIR,
    });
    expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({
      afterImport: false,
      afterApiKeyRequest: false,
      afterEntraClient: false,
      afterEntraRequest: true,
    });
  });
});
