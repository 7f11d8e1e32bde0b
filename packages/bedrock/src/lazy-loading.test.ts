import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL, TEST_API_KEY, TEST_KEYS } from './test-client.js';

// Which packages a real Node process loads on each authentication path: the built ESM entry runs in
// a child process whose module resolve hook reports every specifier, and sends one request to the
// Bedrock emulator (which verifies the signature, so the loaded code really signed).
const distEntry = new URL('../dist/index.mjs', import.meta.url).href;
const HEAVY = [
  '@smithy/signature-v4',
  '@aws-crypto/sha256-js',
  '@smithy/eventstream-codec',
  '@aws-sdk/credential-providers',
];

const childScript = `
  import { register } from 'node:module';
  import { MessageChannel } from 'node:worker_threads';
  const { port1, port2 } = new MessageChannel();
  const specifiers = new Set();
  port1.on('message', (specifier) => specifiers.add(specifier));
  const hooks = 'let port; export function initialize(data) { port = data.port; } export async function resolve(specifier, context, next) { port.postMessage(specifier); return next(specifier, context); }';
  register('data:text/javascript,' + encodeURIComponent(hooks), { data: { port: port2 }, transferList: [port2] });
  const { AnthropicBedrock } = await import(${JSON.stringify(distEntry)});
  const client = new AnthropicBedrock({ ...JSON.parse(process.env.CLIENT_OPTIONS), baseURL: process.env.EMULATOR_URL, maxRetries: 0 });
  const message = await client.post('/v1/messages', { body: { model: ${JSON.stringify(MODEL)}, max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] } });
  await new Promise((resolve) => setTimeout(resolve, 50)); // hook messages arrive asynchronously
  port1.close();
  console.log(JSON.stringify({ type: message.type, loaded: [...specifiers] }));
`;

let emulator: RunningEmulator<'bedrock'>;
beforeAll(async () => {
  emulator = await startEmulator({ backends: ['bedrock'] });
});
afterAll(async () => {
  await emulator.close();
});

async function runChild(
  clientOptions: Record<string, unknown>,
  env: Record<string, string> = {},
): Promise<{ type: string; loaded: string[] }> {
  const home = join(tmpdir(), 'anth-bedrock-empty-home');
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', childScript], {
    cwd: import.meta.dirname,
    timeout: 20_000,
    env: {
      PATH: process.env['PATH'] ?? '',
      // No ambient AWS configuration: the chain sees only what a test puts here.
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      EMULATOR_URL: emulator.bedrock.url,
      CLIENT_OPTIONS: JSON.stringify({ awsRegion: 'us-east-1', ...clientOptions }),
      ...env,
    },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { type: string; loaded: string[] };
}

const heavyLoaded = (loaded: string[]): string[] => HEAVY.filter((name) => loaded.includes(name));

describe('what each authentication path loads', () => {
  it('a Bedrock API key (bearer) loads neither the signer nor any AWS SDK', async () => {
    const { type, loaded } = await runChild({ apiKey: TEST_API_KEY });
    expect(type).toBe('message');
    expect(loaded).toContain('@anth/core');
    expect(heavyLoaded(loaded)).toEqual([]);
    expect(emulator.bedrock.requests.at(-1)!.headers.get('authorization')).toBe(`Bearer ${TEST_API_KEY}`);
  });

  it('static keys load the SigV4 signer only, not the credential chain (nor the stream codec for a plain request)', async () => {
    const { type, loaded } = await runChild({ ...TEST_KEYS });
    expect(type).toBe('message');
    expect(heavyLoaded(loaded)).toEqual(['@smithy/signature-v4']);
  });

  it('without credentials in code, the AWS default chain is imported and reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY', async () => {
    const { type, loaded } = await runChild(
      {},
      { AWS_ACCESS_KEY_ID: TEST_KEYS.awsAccessKey, AWS_SECRET_ACCESS_KEY: TEST_KEYS.awsSecretKey },
    );
    expect(type).toBe('message');
    expect(heavyLoaded(loaded)).toEqual(['@smithy/signature-v4', '@aws-sdk/credential-providers']);
    expect(emulator.bedrock.requests.at(-1)!.headers.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEMULATOR\//,
    );
  });
});
