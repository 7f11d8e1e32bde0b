import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { recordingFetch, recordingLogger } from '../transport/test-fetch.js';
import { Anthropic } from './anthropic.js';
import type { ClientOptions } from './options.js';
import { VERSION } from './version.js';

const ENV_NAMES = [
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_AUTH_TOKEN',
  'ANTHROPIC_BASE_URL',
  'ANTHROPIC_LOG',
  'ANTHROPIC_CUSTOM_HEADERS',
];

beforeEach(() => {
  // Every test starts from an environment without Anthropic variables; stubs are undone after.
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

async function firstRequest(
  options: ConstructorParameters<typeof Anthropic>[0],
  requestOptions: Record<string, unknown> = {},
): Promise<Request> {
  const { fetch, requests } = recordingFetch();
  const client = new Anthropic({ baseURL: 'http://api.test', ...options, fetch });
  await client.post('/v1/messages', { body: { a: 1 }, ...requestOptions });
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

describe('authentication (API version 2026-10-21)', () => {
  it('sends apiKey as Authorization: Bearer, never as x-api-key', async () => {
    const request = await firstRequest({ apiKey: 'sk-one' });
    expect(request.headers.get('authorization')).toBe('Bearer sk-one');
    expect(request.headers.has('x-api-key')).toBe(false);
  });

  it('sends authToken as a Bearer Authorization header', async () => {
    const request = await firstRequest({ authToken: 'tok-one' });
    expect(request.headers.get('authorization')).toBe('Bearer tok-one');
    expect(request.headers.has('x-api-key')).toBe(false);
  });

  it.each([
    [{ apiKey: 'sk', authToken: 'tok' }, '`apiKey` and `authToken`'],
    [{ apiKey: 'sk', credentials: async () => ({ token: 't', expiresAt: null }) }, '`apiKey` and `credentials`'],
    [{ authToken: 'tok', credentials: async () => ({ token: 't', expiresAt: null }) }, '`authToken` and `credentials`'],
  ])('refuses two credential options at construction, naming both (%#)', (options, named) => {
    expect(() => new Anthropic(options)).toThrow(AnthropicError);
    expect(() => new Anthropic(options)).toThrow(named);
  });

  it.each(['config', 'profile'])(
    'refuses official 1.x’s `%s` credential-file option instead of falling back to the environment',
    (name) => {
      vi.stubEnv('ANTHROPIC_API_KEY', 'sk-env');
      // An untyped caller migrating from the official SDK: the option is not in our types.
      const options = { [name]: name === 'profile' ? 'dev' : { organization_id: 'org' } } as ClientOptions;
      expect(() => new Anthropic(options)).toThrow(AnthropicError);
      expect(() => new Anthropic(options)).toThrow(
        `Anthropic does not take \`${name}\`: pass \`apiKey\`, \`authToken\` or \`credentials\`.`,
      );
    },
  );

  it('reads no environment variable when one credential option is given', async () => {
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-env');
    vi.stubEnv('ANTHROPIC_AUTH_TOKEN', 'tok-env');
    expect((await firstRequest({ authToken: 'tok-explicit' })).headers.get('authorization')).toBe(
      'Bearer tok-explicit',
    );
    expect((await firstRequest({ apiKey: 'sk-explicit' })).headers.get('authorization')).toBe('Bearer sk-explicit');
  });

  it('takes ANTHROPIC_API_KEY, else ANTHROPIC_AUTH_TOKEN, trimmed; both set: the key, with one warning per process', async () => {
    vi.stubEnv('ANTHROPIC_AUTH_TOKEN', 'tok-env');
    expect((await firstRequest({})).headers.get('authorization')).toBe('Bearer tok-env');
    vi.stubEnv('ANTHROPIC_API_KEY', '  sk-env  ');
    const { logger, lines } = recordingLogger();
    expect((await firstRequest({ logger })).headers.get('authorization')).toBe('Bearer sk-env');
    await firstRequest({ logger });
    const warnings = lines.filter((line) => line.level === 'warn').map((line) => String(line.args[0]));
    // Once per process: an earlier test may already have spent it, never twice here.
    expect(warnings.length).toBeLessThanOrEqual(1);
    if (warnings.length)
      expect(warnings[0]).toMatch(/ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are set; using ANTHROPIC_API_KEY/);
    expect(JSON.stringify(lines)).not.toMatch(/sk-env|tok-env/);
  });

  it('treats null as "none, and do not read its variable"', async () => {
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-env');
    vi.stubEnv('ANTHROPIC_AUTH_TOKEN', 'tok-env');
    expect((await firstRequest({ apiKey: null })).headers.get('authorization')).toBe('Bearer tok-env');
    expect((await firstRequest({ apiKey: null, authToken: 'tok-explicit' })).headers.get('authorization')).toBe(
      'Bearer tok-explicit',
    );
  });

  it('treats an empty or whitespace-only environment variable as unset', async () => {
    vi.stubEnv('ANTHROPIC_API_KEY', '   ');
    const { fetch, requests } = recordingFetch();
    await expect(new Anthropic({ fetch }).get('/v1/models')).rejects.toThrow(/Could not resolve authentication method/);
    expect(requests).toHaveLength(0);
  });

  it('does not throw at construction without credentials, but rejects the request before any fetch', async () => {
    const { fetch, requests } = recordingFetch();
    const client = new Anthropic({ fetch });
    const promise = client.get('/v1/models');
    await expect(promise).rejects.toBeInstanceOf(AnthropicError);
    await expect(promise).rejects.toThrow(/Could not resolve authentication method/);
    expect(requests).toHaveLength(0);
  });

  it('accepts a hand-set x-api-key or Authorization, or Authorization removed with null; a null x-api-key alone is not enough', async () => {
    const { fetch, requests } = recordingFetch();
    await new Anthropic({ fetch, defaultHeaders: { 'X-Api-Key': 'sk-proxy' } }).get('/v1/models');
    await new Anthropic({ fetch }).get('/v1/models', { headers: { authorization: 'Custom scheme' } });
    await new Anthropic({ fetch }).get('/v1/models', { headers: { Authorization: null } });
    await expect(new Anthropic({ fetch, defaultHeaders: { 'x-api-key': null } }).get('/v1/models')).rejects.toThrow(
      /Could not resolve authentication method/,
    );
    expect(requests).toHaveLength(3);
    expect(requests[0]!.headers.get('x-api-key')).toBe('sk-proxy');
    expect(requests[0]!.headers.has('authorization')).toBe(false);
    expect(requests[1]!.headers.get('authorization')).toBe('Custom scheme');
    expect(requests[2]!.headers.has('authorization')).toBe(false);
  });

  it('keeps the old scheme reachable for proxies: a hand-set x-api-key beside a removed Authorization', async () => {
    const request = await firstRequest({
      apiKey: 'sk-unused',
      defaultHeaders: { authorization: null, 'x-api-key': 'sk-old-scheme' },
    });
    expect(request.headers.get('x-api-key')).toBe('sk-old-scheme');
    expect(request.headers.has('authorization')).toBe(false);
  });

  it('lets per-request headers override the auth header', async () => {
    const request = await firstRequest({ apiKey: 'sk-client' }, { headers: { authorization: 'Bearer sk-request' } });
    expect(request.headers.get('authorization')).toBe('Bearer sk-request');
  });

  it('refuses a key or token that could not be sent in a header, without showing it', () => {
    for (const options of [{ apiKey: 'sk-secret\r\nx: y' }, { authToken: 'tok-secret\n' }, { apiKey: '' }]) {
      expect(() => new Anthropic(options)).toThrow(AnthropicError);
      try {
        new Anthropic(options);
      } catch (error) {
        expect((error as Error).message).toMatch(/^(apiKey|authToken)/);
        expect((error as Error).message).not.toMatch(/secret/);
      }
    }
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-env-secret\u0007');
    expect(() => new Anthropic()).toThrow(/^ANTHROPIC_API_KEY contains a line break or control character/);
  });

  it('never puts a secret in an error, a log line, String(), JSON.stringify() or util.inspect() of the client', async () => {
    const { inspect } = await import('node:util');
    const { logger, lines } = recordingLogger();
    const { fetch } = recordingFetch(
      () =>
        new Response('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}', {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const base = { fetch, logger, logLevel: 'debug', baseURL: 'http://api.test' } as const;
    const first = new Anthropic({ ...base, apiKey: 'sk-secret-123' });
    const second = new Anthropic({ ...base, authToken: 'tok-secret-456' });
    const clients = [first, second, first.withOptions({ maxRetries: 1 }), second.withOptions({ timeout: 5_000 })];
    for (const client of clients) {
      const error = await client.get('/v1/models').catch((caught: unknown) => caught);
      const shown = [
        String((error as Error).message),
        String(client),
        JSON.stringify(client),
        inspect(client, { depth: 5, showHidden: true }),
        inspect(error, { depth: 5 }),
      ];
      for (const text of shown) expect(text).not.toMatch(/secret/);
    }
    expect(JSON.parse(JSON.stringify(first))).toMatchObject({ baseURL: 'http://api.test', auth: 'apiKey' });
    const logged = JSON.stringify(lines.map((line) => line.args));
    expect(logged).not.toMatch(/sk-secret-123|tok-secret-456/);
    expect(logged).toContain('***');
  });
});

describe('apiKey as a function', () => {
  it('is called before every attempt, retries included, and its result sent as Bearer', async () => {
    let calls = 0;
    const { fetch, requests } = recordingFetch((_request, index) =>
      index === 0
        ? new Response('{}', { status: 529, headers: { 'retry-after-ms': '0' } })
        : new Response('{"ok":true}'),
    );
    const client = new Anthropic({ apiKey: async () => `sk-rotated-${++calls}`, fetch, baseURL: 'http://api.test' });
    await client.get('/v1/models', { maxRetries: 1 });
    await client.get('/v1/models');
    expect(calls).toBe(3);
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer sk-rotated-1',
      'Bearer sk-rotated-2',
      'Bearer sk-rotated-3',
    ]);
  });

  it('a throw fails the request with an AnthropicError naming the option, cause kept, nothing sent', async () => {
    const { fetch, requests } = recordingFetch();
    const cause = new Error('vault sealed');
    const error = await new Anthropic({ apiKey: () => Promise.reject(cause), fetch })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toBe('The `apiKey` function threw: vault sealed');
    expect((error as Error).cause).toBe(cause);
    expect(requests).toHaveLength(0);
  });

  it.each([[''], [undefined], [null], [42], ['sk-secret\r\nx']])(
    'a result that is not a header-safe non-empty string (%j) fails without showing it',
    async (value) => {
      const { fetch, requests } = recordingFetch();
      const error = await new Anthropic({ apiKey: async () => value as string, fetch })
        .get('/v1/models')
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AnthropicError);
      expect((error as Error).message).toMatch(/^The value returned by the `apiKey` function/);
      expect((error as Error).message).not.toMatch(/secret/);
      expect(requests).toHaveLength(0);
    },
  );

  it('one that hangs is cut off by the attempt timeout with an AnthropicError naming it', async () => {
    const { fetch, requests } = recordingFetch();
    const client = new Anthropic({ apiKey: () => new Promise<string>(() => {}), fetch, timeout: 30, maxRetries: 0 });
    const error = await client.get('/v1/models').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toMatch(
      /`apiKey` function did not return a key before the request was aborted or timed out/,
    );
    expect(requests).toHaveLength(0);
  });
});

describe('credentials (an OAuth token provider)', () => {
  const ok = () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
  const unauthorized = () =>
    new Response('{"type":"error","error":{"type":"authentication_error","message":"expired"}}', { status: 401 });

  it('sends its token as Bearer with the oauth beta, caching it until the refresh window', async () => {
    const calls: Array<{ forceRefresh?: boolean } | undefined> = [];
    const { fetch, requests } = recordingFetch(ok);
    const credentials = async (options?: { forceRefresh?: boolean }) => {
      calls.push(options);
      return { token: `oat-${calls.length}`, expiresAt: Math.floor(Date.now() / 1000) + 3600 };
    };
    const client = new Anthropic({ credentials, fetch, defaultHeaders: { 'anthropic-beta': 'files-api-2025-04-14' } });
    await client.get('/v1/models');
    await client.get('/v1/models');
    expect(calls).toEqual([undefined]);
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer oat-1', 'Bearer oat-1']);
    expect(requests[0]!.headers.get('anthropic-beta')).toBe('files-api-2025-04-14,oauth-2025-04-20');
  });

  it('fetches again inside the mandatory window (30 s before expiry)', async () => {
    let calls = 0;
    const { fetch, requests } = recordingFetch(ok);
    const client = new Anthropic({
      credentials: async () => ({ token: `oat-${++calls}`, expiresAt: Math.floor(Date.now() / 1000) + 20 }),
      fetch,
    });
    await client.get('/v1/models');
    await client.get('/v1/models');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer oat-1', 'Bearer oat-2']);
  });

  it('on a 401, asks again with forceRefresh and retries once per request, using one of maxRetries', async () => {
    const calls: Array<{ forceRefresh?: boolean } | undefined> = [];
    const credentials = async (options?: { forceRefresh?: boolean }) => {
      calls.push(options);
      return { token: `oat-${calls.length}`, expiresAt: null };
    };
    const once = recordingFetch((request) =>
      request.headers.get('authorization') === 'Bearer oat-1' ? unauthorized() : ok(),
    );
    await new Anthropic({ credentials, fetch: once.fetch, maxRetries: 1 }).get('/v1/models');
    expect(calls).toEqual([undefined, { forceRefresh: true }]);
    expect(once.requests).toHaveLength(2);
    // A token the server keeps rejecting is refreshed once per request, not once per retry.
    const always = recordingFetch(unauthorized);
    const error = await new Anthropic({ credentials, fetch: always.fetch, maxRetries: 5 })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AuthenticationError');
    expect(always.requests).toHaveLength(2);
    // Without a retry left, the 401 stands.
    const none = recordingFetch(unauthorized);
    await new Anthropic({ credentials, fetch: none.fetch, maxRetries: 0 }).get('/v1/models').catch(() => {});
    expect(none.requests).toHaveLength(1);
  });

  it('a provider that throws or returns a bad shape fails with an AnthropicError naming credentials', async () => {
    const { fetch, requests } = recordingFetch(ok);
    const thrown = await new Anthropic({ credentials: () => Promise.reject(new Error('idp down')), fetch })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect((thrown as Error).message).toBe('The `credentials` provider failed: idp down');
    const empty = await new Anthropic({ credentials: async () => ({ token: '', expiresAt: null }), fetch })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect(empty).toBeInstanceOf(AnthropicError);
    expect((empty as Error).message).toMatch(/`token` returned by the `credentials` provider/);
    const notSeconds = await new Anthropic({
      credentials: async () => ({ token: 'oat', expiresAt: 'soon' as unknown as number }),
      fetch,
    })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect((notSeconds as Error).message).toMatch(/expiresAt` in epoch seconds/);
    expect(requests).toHaveLength(0);
  });
});

describe('headers', () => {
  it('sends the SDK defaults', async () => {
    const request = await firstRequest({ apiKey: 'k' });
    expect(request.headers.get('anthropic-version')).toBe('2026-10-21');
    expect(request.headers.get('user-agent')).toBe(`Anthropic/JS ${VERSION}`);
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('x-stainless-retry-count')).toBe('0');
    expect(request.headers.get('x-stainless-timeout')).toBe('600');
    expect(request.headers.get('x-stainless-lang')).toBe('js');
    expect(request.headers.get('x-stainless-package-version')).toBe(VERSION);
    // Platform detection (OS, arch, runtime) is not sent: telemetry the server ignores, ~1 KB per bundle.
    expect(request.headers.has('x-stainless-runtime')).toBe(false);
    expect(request.headers.has('anthropic-dangerous-direct-browser-access')).toBe(false);
    expect(request.headers.has('idempotency-key')).toBe(false);
  });

  it('sends x-stainless-timeout in whole seconds of the effective timeout', async () => {
    expect((await firstRequest({ apiKey: 'k', timeout: 1_999 })).headers.get('x-stainless-timeout')).toBe('1');
    expect((await firstRequest({ apiKey: 'k' }, { timeout: 45_500 })).headers.get('x-stainless-timeout')).toBe('45');
  });

  it('merges defaultHeaders under per-request headers, case-insensitively; null removes', async () => {
    const request = await firstRequest(
      {
        apiKey: 'k',
        defaultHeaders: { 'X-Custom': 'client', 'x-other': 'client-other', 'User-Agent': 'my-agent', 'x-gone': 'soon' },
      },
      { headers: { 'x-custom': 'request', 'X-Gone': null, 'anthropic-version': '2099-01-01', 'x-unset': undefined } },
    );
    expect(request.headers.get('x-custom')).toBe('request');
    expect(request.headers.get('x-other')).toBe('client-other');
    expect(request.headers.get('user-agent')).toBe('my-agent');
    expect(request.headers.get('anthropic-version')).toBe('2099-01-01');
    expect(request.headers.has('x-gone')).toBe(false);
    expect(request.headers.has('x-unset')).toBe(false);
  });

  it('lets defaultHeaders remove an SDK default with null', async () => {
    const request = await firstRequest({
      apiKey: 'k',
      defaultHeaders: { 'x-stainless-lang': null, 'x-stainless-retry-count': null },
    });
    expect(request.headers.has('x-stainless-lang')).toBe(false);
    expect(request.headers.has('x-stainless-retry-count')).toBe(false);
  });

  it('parses ANTHROPIC_CUSTOM_HEADERS and lets explicit defaultHeaders win', async () => {
    vi.stubEnv(
      'ANTHROPIC_CUSTOM_HEADERS',
      'X-Team: blue\nno colon here\nX-Url:  https://a.b/c:d  \r\nX-Override: env\n: empty name',
    );
    const request = await firstRequest({ apiKey: 'k', defaultHeaders: { 'x-override': 'explicit' } });
    expect(request.headers.get('x-team')).toBe('blue');
    expect(request.headers.get('x-url')).toBe('https://a.b/c:d');
    expect(request.headers.get('x-override')).toBe('explicit');
    const custom = [...request.headers.keys()].filter(
      (name) => !/^(x-stainless-|anthropic-version|accept|user-agent|authorization|content-type)/.test(name),
    );
    expect(custom.sort()).toEqual(['x-override', 'x-team', 'x-url']);
  });

  it('lets ANTHROPIC_CUSTOM_HEADERS override SDK defaults but not per-request headers', async () => {
    vi.stubEnv('ANTHROPIC_CUSTOM_HEADERS', 'anthropic-version: 2030-01-01\nx-trace: env');
    const request = await firstRequest({ apiKey: 'k' }, { headers: { 'x-trace': 'request' } });
    expect(request.headers.get('anthropic-version')).toBe('2030-01-01');
    expect(request.headers.get('x-trace')).toBe('request');
  });

  it('sets content-type only for a JSON body', async () => {
    const { fetch, requests } = recordingFetch();
    const client = new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' });
    await client.post('/v1/messages', { body: { hello: 'world' } });
    await client.get('/v1/models');
    await client.post('/v1/messages/batches/x/cancel');
    const form = new FormData();
    form.append('file', new File(['abc'], 'a.txt'));
    await client.post('/v1/files', { body: form });
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]!.text()).toBe('{"hello":"world"}');
    expect(requests[1]!.headers.has('content-type')).toBe(false);
    expect(requests[2]!.headers.has('content-type')).toBe(false);
    expect(requests[2]!.method).toBe('POST');
    expect(requests[3]!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(await requests[3]!.text()).toContain('filename="a.txt"');
  });

  it('lets a per-request content-type win over the body-derived one', async () => {
    const request = await firstRequest({ apiKey: 'k' }, { headers: { 'Content-Type': 'application/vnd.custom+json' } });
    expect(request.headers.get('content-type')).toBe('application/vnd.custom+json');
  });

  it('sends the browser header only with dangerouslyAllowBrowser', async () => {
    const request = await firstRequest({ apiKey: 'k', dangerouslyAllowBrowser: true });
    expect(request.headers.get('anthropic-dangerous-direct-browser-access')).toBe('true');
  });

  it('sends the HTTP method in upper case for every verb', async () => {
    const { fetch, requests } = recordingFetch();
    const client = new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' });
    await client.get('/a');
    await client.post('/a');
    await client.put('/a', { body: {} });
    await client.patch('/a', { body: {} });
    await client.delete('/a');
    expect(requests.map((request) => request.method)).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
  });
});

describe('anthropic-beta', () => {
  async function betaHeader(
    defaultBeta: string | undefined,
    requestOptions: Record<string, unknown>,
  ): Promise<string | null> {
    const request = await firstRequest(
      { apiKey: 'k', defaultHeaders: defaultBeta === undefined ? undefined : { 'anthropic-beta': defaultBeta } },
      requestOptions,
    );
    return request.headers.get('anthropic-beta');
  }

  it('is absent when nobody asks for a beta', async () => {
    expect(await betaHeader(undefined, {})).toBeNull();
  });

  it('joins betas with commas and no spaces', async () => {
    expect(await betaHeader(undefined, { betas: ['one', 'two'] })).toBe('one,two');
  });

  it('is the deduplicated union of the client default, the per-request header and the betas', async () => {
    expect(
      await betaHeader('client-a, shared', {
        betas: ['shared', 'caller-b', 'required-c'],
        headers: { 'Anthropic-Beta': 'header-d,client-a' },
      }),
    ).toBe('client-a,shared,header-d,caller-b,required-c');
  });

  it('keeps the client default when the call adds betas', async () => {
    expect(await betaHeader('client-a', { betas: ['required-b'] })).toBe('client-a,required-b');
  });

  it('includes a beta from ANTHROPIC_CUSTOM_HEADERS in the union', async () => {
    vi.stubEnv('ANTHROPIC_CUSTOM_HEADERS', 'anthropic-beta: env-beta');
    expect(await betaHeader(undefined, { betas: ['call-beta'] })).toBe('env-beta,call-beta');
  });

  it('without betas, a per-request header replaces the client default', async () => {
    expect(await betaHeader('client-a', { headers: { 'anthropic-beta': 'only-this' } })).toBe('only-this');
    expect(await betaHeader('client-a', {})).toBe('client-a');
  });

  it('a per-request null removes the header even when betas are given', async () => {
    expect(await betaHeader('client-a', { betas: ['x'], headers: { 'anthropic-beta': null } })).toBeNull();
  });

  it('an empty betas list leaves the layered value alone', async () => {
    expect(await betaHeader('client-a', { betas: [] })).toBe('client-a');
  });
});

describe('base URL', () => {
  it('defaults to https://api.anthropic.com', async () => {
    const { fetch, requests } = recordingFetch();
    await new Anthropic({ apiKey: 'k', fetch }).get('/v1/models');
    expect(requests[0]!.url).toBe('https://api.anthropic.com/v1/models');
    expect(new Anthropic({ apiKey: 'k' }).baseURL).toBe('https://api.anthropic.com');
  });

  it('reads ANTHROPIC_BASE_URL, and the option wins over it', () => {
    vi.stubEnv('ANTHROPIC_BASE_URL', ' http://env.test ');
    expect(new Anthropic({ apiKey: 'k' }).baseURL).toBe('http://env.test');
    expect(new Anthropic({ apiKey: 'k', baseURL: 'http://option.test' }).baseURL).toBe('http://option.test');
  });

  it('joins a base with a path prefix and trailing slashes with exactly one slash', async () => {
    const { fetch, requests } = recordingFetch();
    await new Anthropic({ apiKey: 'k', fetch, baseURL: 'https://proxy.example/anthropic/' }).get('/v1/models');
    await new Anthropic({ apiKey: 'k', fetch, baseURL: 'https://proxy.example/anthropic' }).get('v1/models');
    expect(requests.map((request) => request.url)).toEqual([
      'https://proxy.example/anthropic/v1/models',
      'https://proxy.example/anthropic/v1/models',
    ]);
  });

  it('uses an absolute request path as is', async () => {
    const { fetch, requests } = recordingFetch();
    await new Anthropic({ apiKey: 'k', fetch, baseURL: 'https://proxy.example/anthropic' }).get(
      'https://results.example/v1/messages/batches/b/results',
    );
    expect(requests[0]!.url).toBe('https://results.example/v1/messages/batches/b/results');
  });

  it('merges path query < defaultQuery < per-request query', async () => {
    const { fetch, requests } = recordingFetch();
    const client = new Anthropic({
      apiKey: 'k',
      fetch,
      baseURL: 'http://api.test',
      defaultQuery: { beta: 'false', tenant: 't1' },
    });
    await client.get('/v1/files?beta=true&keep=1', { query: { tenant: 't2', ids: ['a', 'b'] } });
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('beta')).toBe('false');
    expect(url.searchParams.get('keep')).toBe('1');
    expect(url.searchParams.get('tenant')).toBe('t2');
    expect(url.searchParams.getAll('ids[]')).toEqual(['a', 'b']);
  });
});

describe('options', () => {
  it.each([
    ['timeout', -1],
    ['timeout', 1.5],
    ['maxRetries', -1],
    ['maxRetries', '3'],
    ['maxRetryDelay', Number.NaN],
    ['idleTimeout', Number.POSITIVE_INFINITY],
  ])('rejects %s = %s at construction, naming the option and the value', (name, value) => {
    const create = () => new Anthropic({ apiKey: 'k', [name]: value });
    expect(create).toThrow(AnthropicError);
    expect(create).toThrow(
      new RegExp(
        `^${name} must be an integer ≥ 0.*received ${typeof value === 'string' ? `"${value}"` : String(value)}`,
      ),
    );
  });

  it('exposes the resolved defaults', () => {
    const client = new Anthropic({ apiKey: 'k' });
    expect(client.maxRetries).toBe(2);
    expect(client.timeout).toBe(600_000);
    expect(client.maxRetryDelay).toBe(60_000);
    expect(client.idleTimeout).toBe(600_000);
    expect(client.logLevel).toBe('warn');
    expect(new Anthropic({ apiKey: 'k', timeout: 5_000 }).idleTimeout).toBe(5_000);
  });

  it('passes non-standard fetchOptions fields (e.g. a dispatcher) to fetch, client and per request', async () => {
    const inits: Array<RequestInit | undefined> = [];
    const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      inits.push(init);
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const clientDispatcher = { name: 'client' };
    const requestDispatcher = { name: 'request' };
    const client = new Anthropic({
      apiKey: 'k',
      fetch: fetchImpl,
      baseURL: 'http://api.test',
      fetchOptions: { dispatcher: clientDispatcher } as RequestInit,
    });
    await client.get('/a');
    await client.get('/a', { fetchOptions: { dispatcher: requestDispatcher } as RequestInit });
    expect((inits[0] as { dispatcher?: unknown }).dispatcher).toBe(clientDispatcher);
    expect((inits[1] as { dispatcher?: unknown }).dispatcher).toBe(requestDispatcher);
  });

  it('applies standard fetchOptions fields to the Request', async () => {
    const { fetch, requests } = recordingFetch();
    const client = new Anthropic({
      apiKey: 'k',
      fetch,
      baseURL: 'http://api.test',
      fetchOptions: { redirect: 'error' },
    });
    await client.get('/a');
    await client.get('/a', { fetchOptions: { redirect: 'manual' } });
    expect(requests.map((request) => request.redirect)).toEqual(['error', 'manual']);
  });
});

describe('withOptions', () => {
  it('returns a new client of the same class with overrides, keeping the rest', async () => {
    class CustomClient extends Anthropic {
      marker = 'custom';
    }
    const { fetch, requests } = recordingFetch();
    const client = new CustomClient({
      apiKey: 'sk-a',
      fetch,
      baseURL: 'http://api.test',
      maxRetries: 5,
      defaultHeaders: { 'x-keep': '1' },
    });
    const copy = client.withOptions({ timeout: 1_000 });
    expect(copy).toBeInstanceOf(CustomClient);
    expect(copy).not.toBe(client);
    expect(copy.marker).toBe('custom');
    expect(copy.timeout).toBe(1_000);
    expect(copy.maxRetries).toBe(5);
    expect(client.timeout).toBe(600_000);
    await copy.get('/v1/models');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer sk-a');
    expect(requests[0]!.headers.get('x-keep')).toBe('1');
    expect(requests[0]!.headers.get('x-stainless-timeout')).toBe('1');
  });

  it("follows the credential rules: one given replaces any kind, undefined is ignored, none keeps the parent's", async () => {
    const { fetch, requests } = recordingFetch();
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-env');
    const fromEnv = new Anthropic({ fetch, baseURL: 'http://api.test' });
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-env-changed');
    await fromEnv.withOptions({}).get('/x'); // the parent's credential, not the environment's new value
    await fromEnv.withOptions({ apiKey: undefined }).get('/x');
    await fromEnv.withOptions({ authToken: 'tok-new' }).get('/x'); // replaces the key: not two credentials
    await new Anthropic({ apiKey: async () => 'sk-function', fetch, baseURL: 'http://api.test' })
      .withOptions({ timeout: 9_000 })
      .get('/x');
    await new Anthropic({ authToken: 'tok-a', fetch, baseURL: 'http://api.test' })
      .withOptions({ credentials: async () => ({ token: 'oat', expiresAt: null }) })
      .get('/x');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer sk-env',
      'Bearer sk-env',
      'Bearer tok-new',
      'Bearer sk-function',
      'Bearer oat',
    ]);
    expect(() => fromEnv.withOptions({ apiKey: 'a', authToken: 'b' })).toThrow(/at most one/);
  });
});

describe('browser guard', () => {
  it('refuses a browser-like environment unless dangerouslyAllowBrowser is true', () => {
    vi.stubGlobal('window', { document: {} });
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0' });
    expect(() => new Anthropic({ apiKey: 'k' })).toThrow(AnthropicError);
    expect(() => new Anthropic({ apiKey: 'k' })).toThrow(
      /^It looks like you're running in a browser-like environment\./,
    );
    expect(() => new Anthropic({ apiKey: 'k', dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it('does not mistake a window without a document for a browser', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('navigator', { userAgent: 'x' });
    expect(() => new Anthropic({ apiKey: 'k' })).not.toThrow();
  });
});

describe('log level selection', () => {
  it('uses the option, then ANTHROPIC_LOG, then warn', () => {
    vi.stubEnv('ANTHROPIC_LOG', 'debug');
    expect(new Anthropic({ apiKey: 'k', logLevel: 'error' }).logLevel).toBe('error');
    expect(new Anthropic({ apiKey: 'k' }).logLevel).toBe('debug');
    vi.stubEnv('ANTHROPIC_LOG', undefined);
    expect(new Anthropic({ apiKey: 'k' }).logLevel).toBe('warn');
  });

  it('warns about an invalid ANTHROPIC_LOG, naming it, and ignores it', () => {
    vi.stubEnv('ANTHROPIC_LOG', 'verbose');
    const { logger, lines } = recordingLogger();
    const client = new Anthropic({ apiKey: 'k', logger });
    expect(client.logLevel).toBe('warn');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('warn');
    expect(String(lines[0]!.args[0])).toMatch(/ANTHROPIC_LOG.*verbose/);
  });

  it('warns about an invalid logLevel option and falls back to ANTHROPIC_LOG', () => {
    vi.stubEnv('ANTHROPIC_LOG', 'info');
    const { logger, lines } = recordingLogger();
    const client = new Anthropic({ apiKey: 'k', logger, logLevel: 'loud' as never });
    expect(client.logLevel).toBe('info');
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    expect(String(lines[0]!.args[0])).toMatch(/logLevel.*loud/);
  });
});

describe('request bodies', () => {
  it('refuses a stream body before sending anything, pointing at toFile', async () => {
    const { fetch, requests } = recordingFetch();
    const client = new Anthropic({ apiKey: 'sk', baseURL: 'http://api.test', fetch });
    const body = new ReadableStream<Uint8Array>();
    await expect(client.post('/v1/files', { body })).rejects.toThrow(/cannot be a stream.*toFile/);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1]);
    }
    await expect(client.post('/v1/files', { body: chunks() })).rejects.toBeInstanceOf(AnthropicError);
    expect(requests).toHaveLength(0);
  });
});

describe('baseURL validation', () => {
  it('rejects a malformed baseURL at construction, naming the option and hiding credentials', () => {
    expect(() => new Anthropic({ apiKey: 'k', baseURL: 'api.anthropic.com' })).toThrow(
      /^baseURL must be an absolute http\(s\) URL.*"api\.anthropic\.com"/,
    );
    expect(() => new Anthropic({ apiKey: 'k', baseURL: 'ftp://user:secret@example.com' })).toThrow(
      /"ftp:\/\/\*\*\*@example\.com"/,
    );
    expect(() => new Anthropic({ apiKey: 'k', baseURL: 'ftp://user:secret@example.com' })).not.toThrow(/secret/);
  });

  it('names ANTHROPIC_BASE_URL when the bad value came from the environment', () => {
    vi.stubEnv('ANTHROPIC_BASE_URL', 'not a url');
    expect(() => new Anthropic({ apiKey: 'k' })).toThrow(/^ANTHROPIC_BASE_URL must be an absolute/);
  });
});

describe('supportsMessageThreads', () => {
  it('is true for the first-party client and false for one with a backend, as cloud clients have', () => {
    const backend = {
      name: 'Elsewhere',
      version: '1',
      serves: () => true,
      served: 'all',
      send: () => Promise.reject(),
    };
    class ElsewhereClient extends Anthropic {
      constructor() {
        super({}, { backend, baseURL: 'https://elsewhere.test', credentialOptions: [], authDescription: 'none' });
      }
    }
    class NamedClient extends Anthropic {}
    expect(new Anthropic({ apiKey: 'sk' }).supportsMessageThreads).toBe(true);
    expect(new NamedClient({ apiKey: 'sk' }).supportsMessageThreads).toBe(true);
    expect(new ElsewhereClient().supportsMessageThreads).toBe(false);
    expect(new Anthropic({ apiKey: 'sk' }).withOptions({ maxRetries: 1 }).supportsMessageThreads).toBe(true);
  });
});
