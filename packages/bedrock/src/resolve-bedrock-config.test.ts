import { AnthropicError } from '@anth/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicBedrock } from './anthropic-bedrock.js';
import { resolveBedrockConfig } from './resolve-bedrock-config.js';
import { isolateEnvironment, TEST_KEYS } from './test-client.js';

beforeEach(isolateEnvironment);
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('region and base URL', () => {
  it('awsRegion > AWS_REGION > AWS_DEFAULT_REGION, and the default host follows the region', () => {
    vi.stubEnv('AWS_DEFAULT_REGION', 'ap-south-1');
    expect(resolveBedrockConfig({}).baseURL).toBe('https://bedrock-runtime.ap-south-1.amazonaws.com');
    vi.stubEnv('AWS_REGION', 'eu-west-3');
    expect(resolveBedrockConfig({})).toMatchObject({
      region: 'eu-west-3',
      baseURL: 'https://bedrock-runtime.eu-west-3.amazonaws.com',
      regionWarning: undefined,
    });
    expect(resolveBedrockConfig({ awsRegion: 'us-west-2' }).region).toBe('us-west-2');
  });

  it('baseURL > ANTHROPIC_BEDROCK_BASE_URL > the regional host; ANTHROPIC_BASE_URL never applies', () => {
    vi.stubEnv('ANTHROPIC_BASE_URL', 'https://api.anthropic.example');
    expect(new AnthropicBedrock({ awsRegion: 'us-east-2', ...TEST_KEYS }).baseURL).toBe(
      'https://bedrock-runtime.us-east-2.amazonaws.com',
    );
    vi.stubEnv('ANTHROPIC_BEDROCK_BASE_URL', 'https://bedrock.proxy.example');
    expect(new AnthropicBedrock({ awsRegion: 'us-east-2', ...TEST_KEYS }).baseURL).toBe(
      'https://bedrock.proxy.example',
    );
    expect(
      new AnthropicBedrock({ awsRegion: 'us-east-2', ...TEST_KEYS, baseURL: 'https://mine.example' }).baseURL,
    ).toBe('https://mine.example');
  });

  it('without any region: us-east-1, with a warning naming the option and the variables', () => {
    const warn = vi.fn();
    const client = new AnthropicBedrock({
      ...TEST_KEYS,
      logger: { debug: vi.fn(), info: vi.fn(), warn, error: vi.fn() },
    });
    expect(client.awsRegion).toBe('us-east-1');
    expect(client.baseURL).toBe('https://bedrock-runtime.us-east-1.amazonaws.com');
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      'No AWS region configured (the `awsRegion` option, or the AWS_REGION or AWS_DEFAULT_REGION environment variable); using us-east-1.',
    );
  });

  it('does not warn when the region is irrelevant: a base URL given and no signing', () => {
    expect(resolveBedrockConfig({ baseURL: 'https://proxy.example', skipAuth: true }).regionWarning).toBeUndefined();
    expect(resolveBedrockConfig({ baseURL: 'https://proxy.example', apiKey: 'key' }).regionWarning).toBeUndefined();
    expect(resolveBedrockConfig({ baseURL: 'https://proxy.example' }).regionWarning).toBeDefined();
  });

  it('rejects a region that cannot be part of a host name', () => {
    expect(() => resolveBedrockConfig({ awsRegion: 'us-east-1.evil.example/' })).toThrow(
      new AnthropicError('awsRegion must be an AWS region name such as us-east-1; got "us-east-1.evil.example/"'),
    );
  });
});

describe('credentials', () => {
  it('needs both keys of a pair, and keys with a session token', () => {
    expect(() => resolveBedrockConfig({ awsAccessKey: 'AKID' })).toThrow(
      '`awsAccessKey` and `awsSecretKey` must be given together; only `awsAccessKey` was given.',
    );
    expect(() => resolveBedrockConfig({ awsSecretKey: 'secret' })).toThrow('only `awsSecretKey` was given.');
    expect(() => resolveBedrockConfig({ awsSessionToken: 'token' })).toThrow(
      '`awsSessionToken` needs `awsAccessKey` and `awsSecretKey` as well.',
    );
  });

  it('refuses an API key together with AWS credentials, without echoing either', () => {
    const attempt = () => resolveBedrockConfig({ apiKey: 'secret-api-key', ...TEST_KEYS });
    expect(attempt).toThrow(/^Cannot specify both `apiKey` and AWS credentials/);
    expect(() =>
      resolveBedrockConfig({
        apiKey: 'secret-api-key',
        providerChainResolver: async () => async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
      }),
    ).toThrow(AnthropicError);
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain('secret-api-key');
      expect(String(error)).not.toContain(TEST_KEYS.awsSecretKey);
    }
  });

  it('AWS_BEARER_TOKEN_BEDROCK applies only without credentials in code; apiKey: null opts out', () => {
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', 'env-key');
    expect(resolveBedrockConfig({}).apiKey).toBe('env-key');
    expect(resolveBedrockConfig({ ...TEST_KEYS }).apiKey).toBeNull();
    expect(resolveBedrockConfig({ apiKey: null }).apiKey).toBeNull();
    expect(resolveBedrockConfig({ apiKey: 'code-key' }).apiKey).toBe('code-key');
  });
});

describe('the client', () => {
  it('withOptions resolves again: a new region moves the endpoint, credentials carry over', () => {
    const client = new AnthropicBedrock({ awsRegion: 'us-east-1', ...TEST_KEYS, maxRetries: 5 });
    const moved = client.withOptions({ awsRegion: 'eu-central-1' });
    expect(moved).toBeInstanceOf(AnthropicBedrock);
    expect(moved.baseURL).toBe('https://bedrock-runtime.eu-central-1.amazonaws.com');
    expect(moved.maxRetries).toBe(5);
    expect(client.baseURL).toBe('https://bedrock-runtime.us-east-1.amazonaws.com');
  });

  it("keeps AWS secrets out of the client's enumerable state and its inspection", async () => {
    const client = new AnthropicBedrock({
      awsRegion: 'us-east-1',
      awsAccessKey: 'AKIDVISIBLE',
      awsSecretKey: 'very-secret-key',
      awsSessionToken: 'very-secret-token',
    });
    const { inspect } = await import('node:util');
    expect(inspect(client, { depth: 5 })).not.toMatch(/very-secret/);
    expect(JSON.stringify(client)).not.toMatch(/very-secret/);
  });
});
