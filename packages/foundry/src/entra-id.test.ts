import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { AnthropicError, type Message } from '@anth/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AzureTokenCredential } from './foundry-options.js';
import { authorizations, emulatedFoundry, ENV_NAMES, PARAMS } from './test-helpers.js';

// These tests run the real @azure/identity (loaded lazily by the client) without any network:
// a fake TokenCredential, and DefaultAzureCredential narrowed with AZURE_TOKEN_CREDENTIALS.

beforeEach(() => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A TokenCredential that records the scopes it is asked for and mints tokens valid for an hour. */
function fakeCredential() {
  const scopes: Array<string | string[]> = [];
  let minted = 0;
  const credential: AzureTokenCredential = {
    async getToken(requested) {
      scopes.push(requested);
      minted += 1;
      return { token: `entra-credential-${minted}`, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
  return { credential, scopes, minted: () => minted };
}

describe('credential: any TokenCredential, through getBearerTokenProvider', () => {
  it("asks for Foundry's scope and sends the token; @azure/identity caches it until shortly before expiry", async () => {
    const { credential, scopes, minted } = fakeCredential();
    const { client, emulator } = emulatedFoundry({ credential }, { authTokens: ['entra-credential-1'] });
    const message = await client.post<Message>('/v1/messages', { body: PARAMS });
    await client.post('/v1/messages', { body: PARAMS });
    expect(message.type).toBe('message');
    expect(scopes.flat()).toEqual(['https://ai.azure.com/.default']);
    expect(minted()).toBe(1);
    expect(authorizations(emulator)).toEqual(['Bearer entra-credential-1', 'Bearer entra-credential-1']);
    expect(emulator.requests[0]?.headers.get('anthropic-dangerous-direct-browser-access')).toBe('true');
  });

  it('a credential that fails: a clear error naming it, with the cause, and no request', async () => {
    const cause = new Error('ManagedIdentityCredential: no managed identity endpoint found');
    const credential: AzureTokenCredential = { getToken: () => Promise.reject(cause) };
    const { client, emulator } = emulatedFoundry({ credential });
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toMatch(
      /^Failed to get token from credential: .*no managed identity endpoint found/,
    );
    expect(emulator.requests).toEqual([]);
  });
});

describe('DefaultAzureCredential when no key, provider or credential is given', () => {
  let binDirectory: string;
  beforeAll(async () => {
    // A stand-in for the Azure CLI: `az account get-access-token --output json --resource <resource>`
    // prints a token that spells out the resource it was asked for.
    binDirectory = await mkdtemp(join(tmpdir(), 'anth-foundry-az-'));
    const az = join(binDirectory, 'az');
    await writeFile(
      az,
      '#!/bin/sh\nprintf \'{"accessToken":"cli-token-for:%s","expiresOn":"2099-01-01 00:00:00.000000","expires_on":4070908800,"tokenType":"Bearer"}\' "$6"\n',
    );
    await chmod(az, 0o755);
  });
  afterAll(async () => {
    await rm(binDirectory, { recursive: true, force: true });
  });

  it('is used, and its token sent (here DefaultAzureCredential narrowed to the Azure CLI)', async () => {
    vi.stubEnv('AZURE_TOKEN_CREDENTIALS', 'AzureCliCredential');
    vi.stubEnv('PATH', `${binDirectory}${delimiter}${process.env['PATH'] ?? ''}`);
    const { client, emulator } = emulatedFoundry(
      { apiKey: undefined },
      { authTokens: ['cli-token-for:https://ai.azure.com'] },
    );
    const message = await client.post<Message>('/v1/messages', { body: PARAMS });
    expect(message.type).toBe('message');
    expect(authorizations(emulator)).toEqual(['Bearer cli-token-for:https://ai.azure.com']);
    // Keyless by default is not a browser opt-in.
    expect(emulator.requests[0]?.headers.get('anthropic-dangerous-direct-browser-access')).toBeNull();
  });

  it('apiKey: null skips ANTHROPIC_FOUNDRY_API_KEY and goes keyless', async () => {
    vi.stubEnv('ANTHROPIC_FOUNDRY_API_KEY', 'env-key');
    vi.stubEnv('AZURE_TOKEN_CREDENTIALS', 'AzureCliCredential');
    vi.stubEnv('PATH', `${binDirectory}${delimiter}${process.env['PATH'] ?? ''}`);
    const { client, emulator } = emulatedFoundry(
      { apiKey: null },
      { authTokens: ['cli-token-for:https://ai.azure.com'] },
    );
    await client.post('/v1/messages', { body: PARAMS });
    expect(emulator.requests[0]?.headers.get('x-api-key')).toBeNull();
  });

  it('when it cannot get a token, the missing-credentials error says so, before any request', async () => {
    // Only EnvironmentCredential, with no AZURE_* variables: fails at once, no network.
    vi.stubEnv('AZURE_TOKEN_CREDENTIALS', 'EnvironmentCredential');
    const { client, emulator } = emulatedFoundry({ apiKey: undefined, maxRetries: 2 });
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toMatch(
      /^Missing credentials\. Please pass one of `apiKey` and `azureTokenProvider`, or set the `ANTHROPIC_FOUNDRY_API_KEY` environment variable\. With none of `apiKey`, `azureADTokenProvider` or `credential`, DefaultAzureCredential is tried, but DefaultAzureCredential could not get a token: .+/,
    );
    expect((error as Error).cause).toBeDefined();
    expect(emulator.requests).toEqual([]);
  });
});
