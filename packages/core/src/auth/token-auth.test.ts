import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import {
  createCachedCredential,
  fixedCredential,
  type CachedCredentialOptions,
  type CachedToken,
} from './cached-credential.js';
import { sendWithToken, tokenFetcher } from './token-auth.js';
import type { ExpiringToken, TokenProvider } from './token-types.js';

/** Tokens from `provider`, cached as the cloud clients cache them. */
const createCachedToken = (
  provider: TokenProvider,
  options?: CachedCredentialOptions & { name?: string },
): CachedToken => createCachedCredential(tokenFetcher(provider, options?.name), options);

/** A provider that mints `token-1`, `token-2`, … and counts its calls. */
function mintingProvider(lifetimeMs: number | undefined, clock: { now: number }) {
  let calls = 0;
  const provider = async (): Promise<ExpiringToken> => {
    calls += 1;
    return { token: `token-${calls}`, expiresAt: lifetimeMs === undefined ? undefined : clock.now + lifetimeMs };
  };
  return { provider, calls: () => calls };
}

describe('tokenFetcher, cached by createCachedCredential', () => {
  it('reuses a token until the refresh margin before its expiry, then fetches a new one', async () => {
    const clock = { now: 1_000_000 };
    const { provider, calls } = mintingProvider(3_600_000, clock);
    const tokens = createCachedToken(provider, { now: () => clock.now, refreshMarginMs: 60_000 });
    expect(await tokens.get()).toBe('token-1');
    clock.now += 3_600_000 - 60_001; // one ms before the margin starts
    expect(await tokens.get()).toBe('token-1');
    clock.now += 1; // inside the margin
    expect(await tokens.get()).toBe('token-2');
    expect(calls()).toBe(2);
  });

  it('fetches on every call when the expiry is unknown (a plain string or no expiresAt)', async () => {
    let calls = 0;
    const tokens = createCachedToken(async () => `plain-${++calls}`);
    expect([await tokens.get(), await tokens.get()]).toEqual(['plain-1', 'plain-2']);
    const clock = { now: 0 };
    const noExpiry = mintingProvider(undefined, clock);
    const objects = createCachedToken(noExpiry.provider);
    expect([await objects.get(), await objects.get()]).toEqual(['token-1', 'token-2']);
  });

  it('does not cache a token that expires within the margin', async () => {
    const clock = { now: 0 };
    const { provider, calls } = mintingProvider(30_000, clock);
    const tokens = createCachedToken(provider, { now: () => clock.now });
    await tokens.get();
    await tokens.get();
    expect(calls()).toBe(2);
  });

  it('shares one fetch between concurrent callers', async () => {
    let calls = 0;
    let release: (value: ExpiringToken) => void = () => {};
    const tokens = createCachedToken(() => {
      calls += 1;
      return new Promise<ExpiringToken>((resolve) => (release = resolve));
    });
    const all = Promise.all([tokens.get(), tokens.get(), tokens.get()]);
    release({ token: 'shared', expiresAt: Date.now() + 3_600_000 });
    expect(await all).toEqual(['shared', 'shared', 'shared']);
    expect(calls).toBe(1);
    // Even an unknown expiry is shared while in flight.
    let plainCalls = 0;
    const plain = createCachedToken(async () => `plain-${++plainCalls}`);
    expect(await Promise.all([plain.get(), plain.get()])).toEqual(['plain-1', 'plain-1']);
  });

  it('invalidate(token) forces a new fetch, once, however many requests report the same token', async () => {
    const clock = { now: 0 };
    const { provider, calls } = mintingProvider(3_600_000, clock);
    const tokens = createCachedToken(provider, { now: () => clock.now });
    const rejected = await tokens.get();
    tokens.invalidate(rejected);
    const fresh = await tokens.get();
    expect(fresh).toBe('token-2');
    tokens.invalidate(rejected); // a second request rejected with the old token: the cache moved on
    expect(await tokens.get()).toBe('token-2');
    expect(calls()).toBe(2);
  });

  it('does not cache a failed fetch: the next call tries again', async () => {
    let calls = 0;
    const tokens = createCachedToken(async () => {
      calls += 1;
      if (calls === 1) throw new Error('metadata server unreachable');
      return { token: 'recovered', expiresAt: Date.now() + 3_600_000 };
    });
    await expect(tokens.get()).rejects.toThrow('metadata server unreachable');
    expect(await tokens.get()).toBe('recovered');
  });

  it('rejects a provider result without a usable token, without echoing the value', async () => {
    for (const value of ['', null, 42, { token: '' }, { access_token: 'secret-value' }]) {
      const tokens = createCachedToken(async () => value as never);
      const error = await tokens.get().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AnthropicError);
      expect(String(error)).toMatch(
        /Expected the token provider to return a non-empty string or \{ token, expiresAt\? \}, but it returned /,
      );
      expect(String(error)).not.toContain('secret-value');
    }
  });

  it('names the provider in its errors: a throw is wrapped with the cause, an AnthropicError passes as is', async () => {
    const cause = new Error('token service down');
    const failing = createCachedToken(() => Promise.reject(cause), { name: 'azureADTokenProvider' });
    const error = await failing.get().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toBe('Failed to get token from azureADTokenProvider: token service down');
    expect((error as Error).cause).toBe(cause);
    const own = new AnthropicError('own');
    await expect(createCachedToken(() => Promise.reject(own)).get()).rejects.toBe(own);
    await expect(
      createCachedToken(async () => ({ token: '' }), { name: 'the accessToken provider' }).get(),
    ).rejects.toThrow(
      'Expected the accessToken provider to return a non-empty string or { token, expiresAt? }, but it returned an object without a non-empty string `token`',
    );
  });
});

function counter(prefix: string) {
  let calls = 0;
  return { provider: async () => `${prefix}-${++calls}`, calls: () => calls };
}

const status = (code: number) => new Response(code === 200 ? 'ok' : 'denied', { status: code });

describe('sendWithToken', () => {
  it('sends once when the first answer is not a 401', async () => {
    const { provider, calls } = counter('t');
    const sent: string[] = [];
    const response = await sendWithToken(createCachedToken(provider), async (token) => (sent.push(token), status(200)));
    expect(response.status).toBe(200);
    expect(sent).toEqual(['t-1']);
    expect(calls()).toBe(1);
  });

  it('on a 401, fetches a new token and resends once', async () => {
    const { provider } = counter('t');
    const sent: string[] = [];
    const response = await sendWithToken(
      createCachedToken(provider),
      async (token) => (sent.push(token), status(token === 't-1' ? 401 : 200)),
    );
    expect(response.status).toBe(200);
    expect(sent).toEqual(['t-1', 't-2']);
  });

  it('resends only once: a second 401 is returned as is', async () => {
    const { provider, calls } = counter('t');
    const sent: string[] = [];
    const response = await sendWithToken(createCachedToken(provider), async (token) => (sent.push(token), status(401)));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('denied');
    expect(sent).toEqual(['t-1', 't-2']);
    expect(calls()).toBe(2);
  });

  it('does not resend with a fixed token, or when the provider returns the rejected token again', async () => {
    const sent: string[] = [];
    const fixed = await sendWithToken(fixedCredential('static'), async (token) => (sent.push(token), status(401)));
    expect(fixed.status).toBe(401);
    const same = await sendWithToken(
      createCachedToken(async () => 'same'),
      async (token) => (sent.push(token), status(401)),
    );
    expect(same.status).toBe(401);
    expect(sent).toEqual(['static', 'same']);
  });

  it('propagates a failure to fetch the new token', async () => {
    let calls = 0;
    const tokens = createCachedToken(async () => {
      calls += 1;
      if (calls > 1) throw new Error('refresh failed');
      return 'first';
    });
    await expect(sendWithToken(tokens, async () => status(401))).rejects.toThrow('refresh failed');
  });
});
