import { AnthropicError, APIConnectionError } from '@anth/core';
import { describe, expect, it, vi } from 'vitest';
import type { AwsCredentialIdentity } from './bedrock-options.js';
import { createCredentialSource } from './create-credential-source.js';

const keys = (id: string, expiresInMs?: number): AwsCredentialIdentity => ({
  accessKeyId: id,
  secretAccessKey: `${id}-secret`,
  ...(expiresInMs === undefined ? {} : { expiration: new Date(Date.now() + expiresInMs) }),
});

describe('createCredentialSource', () => {
  it('static keys: always the same, not refreshable', async () => {
    const source = createCredentialSource({ credentials: keys('STATIC') });
    expect(source.refreshable).toBe(false);
    expect(await source.get()).toEqual(keys('STATIC'));
    expect(await source.refresh()).toEqual(keys('STATIC'));
  });

  it('resolves the provider once and shares one pending call between concurrent requests', async () => {
    const provider = vi.fn(async () => keys('A'));
    const resolveProvider = vi.fn(async () => provider);
    const source = createCredentialSource({ resolveProvider });
    const results = await Promise.all([source.get(), source.get(), source.get()]);
    expect(results.map((credentials) => credentials.accessKeyId)).toEqual(['A', 'A', 'A']);
    expect(resolveProvider).toHaveBeenCalledTimes(1);
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it('caches until 5 minutes before expiry; credentials without expiry stay cached', async () => {
    let call = 0;
    const lifetimes = [10 * 60_000, 4 * 60_000, undefined];
    const source = createCredentialSource({
      resolveProvider: async () => async () => keys(`K${call}`, lifetimes[call++]),
    });
    expect((await source.get()).accessKeyId).toBe('K0');
    expect((await source.get()).accessKeyId).toBe('K0'); // 10 minutes left: cached
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6 * 60_000 });
    try {
      expect((await source.get()).accessKeyId).toBe('K1'); // 4 minutes left: too close
      expect((await source.get()).accessKeyId).toBe('K2');
      expect((await source.get()).accessKeyId).toBe('K2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refresh() asks the provider with forceRefresh', async () => {
    const provider = vi.fn(async (options?: { forceRefresh?: boolean }) =>
      keys(options?.forceRefresh ? 'FRESH' : 'CACHED'),
    );
    const source = createCredentialSource({ resolveProvider: async () => provider });
    expect((await source.get()).accessKeyId).toBe('CACHED');
    expect((await source.refresh()).accessKeyId).toBe('FRESH');
    expect((await source.get()).accessKeyId).toBe('FRESH');
  });

  it('wraps provider failures in a retryable APIConnectionError and tries the resolver again next time', async () => {
    const resolveProvider = vi
      .fn()
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValue(async () => keys('OK'));
    const source = createCredentialSource({ resolveProvider });
    const error = await source.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({
      message: 'Failed to resolve AWS credentials from the credential provider chain.',
      cause: new Error('boom'),
    });
    expect((await source.get()).accessKeyId).toBe('OK');
  });

  it('a resolver that throws synchronously still fails the request instead of hanging later ones', async () => {
    const source = createCredentialSource({
      resolveProvider: () => {
        throw new Error('sync');
      },
    });
    await expect(source.get()).rejects.toBeInstanceOf(APIConnectionError);
    await expect(source.get()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('an empty result is a configuration error, not retried', async () => {
    const source = createCredentialSource({
      resolveProvider: async () => async () => ({ accessKeyId: '', secretAccessKey: '' }),
    });
    const error = await source.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
  });
});
