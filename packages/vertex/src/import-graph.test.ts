import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeLazyDependency } from '../../../apps/bundle-size/src/lazy-dependency-checks.js';
import { describe, expect, it } from 'vitest';

// Edge safety, checked on the built package: an app that imports @anth/vertex and uses a static
// access token must load no Node built-in and no google-auth-library; Application Default
// Credentials may load the library, but only through a lazy import() on that path.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST_ESM = join(PACKAGE_DIR, 'dist/index.mjs');
const DIST_CJS = join(PACKAGE_DIR, 'dist/index.cjs');
const SCENARIO = `import { AnthropicVertex } from ${JSON.stringify(DIST_ESM)};
const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project', accessToken: 'ya29.token', dangerouslyAllowBrowser: true });
client.post('/v1/messages', { body: { model: 'claude-sonnet-4-5@20250929', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] } }).then(console.log);`;

describeLazyDependency({
  title: 'import graph of `new AnthropicVertex({ accessToken })` + a request',
  packageDir: PACKAGE_DIR,
  scenario: { name: '@anth/vertex, accessToken + POST /v1/messages', source: SCENARIO },
  usage: 'a static accessToken',
  lazyPath: 'ADC',
  library: 'google-auth-library',
  isLibraryImport: (specifier) => specifier === 'google-auth-library',
  isLibraryInput: (inputPath) => inputPath.includes('google-auth-library') || inputPath.includes('gaxios'),
  lazyCodeMarkers: {
    'the google-auth-library adapter': 'google-auth-library returned no Authorization header',
    'the ADC loader': 'tried Application Default Credentials',
  },
  // google-auth-library alone is ~86 KB gzip.
  eagerGzipBudget: 12_000,
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
      env: {
        PATH: process.env['PATH'],
        GOOGLE_APPLICATION_CREDENTIALS: join(tmpdir(), 'anth-no-such-credentials.json'),
        METADATA_SERVER_DETECTION: 'none',
        GCE_METADATA_HOST: '127.0.0.1:1',
      },
    });
    expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({
      afterImport: false,
      afterAccessTokenRequest: false,
      afterADCClient: false,
      afterADCRequest: true,
    });
  });
});
