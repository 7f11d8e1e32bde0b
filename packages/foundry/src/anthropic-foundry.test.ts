import { AnthropicError, APIConnectionError, AuthenticationError, type Message, type Middleware } from '@anth/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicFoundry } from './anthropic-foundry.js';
import {
  authorizations,
  BASE,
  emulatedFoundry,
  ENV_NAMES,
  mintingProvider,
  PARAMS,
  streamMessage,
} from './test-helpers.js';
import { VERSION } from './version.js';

beforeEach(() => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('AnthropicFoundry: the wire', () => {
  it('create with an API key: the first-party request under /anthropic, key as x-api-key only (as official 1.x)', async () => {
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-must-not-leak');
    vi.stubEnv('ANTHROPIC_AUTH_TOKEN', 'must-not-leak');
    const { client, emulator } = emulatedFoundry();
    const message = await client.post<Message>('/v1/messages', { body: PARAMS });
    expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('Hello from the test') });
    const [request] = emulator.requests;
    expect(request?.url).toBe(`${BASE}/v1/messages`);
    expect(request?.body).toEqual(PARAMS);
    expect(request?.headers.has('api-key')).toBe(false);
    expect(request?.headers.get('x-api-key')).toBe('foundry-key');
    expect(request?.headers.get('authorization')).toBeNull();
    expect(request?.headers.get('anthropic-version')).toBe('2026-10-21');
    expect(request?.headers.get('user-agent')).toBe(`AnthropicFoundry/JS ${VERSION}`);
    // A key is a secret of the app, not of a browser user.
    expect(request?.headers.get('anthropic-dangerous-direct-browser-access')).toBeNull();
    expect(JSON.stringify([...(request?.headers ?? [])])).not.toContain('must-not-leak');
  });

  it('stream: SSE from Foundry, accumulated by MessageStream', async () => {
    const { client, emulator } = emulatedFoundry();
    emulator.script({ content: [{ type: 'text', text: 'Streamed from Foundry.' }] });
    const final = await streamMessage(client, PARAMS).finalMessage();
    expect(final.content).toEqual([{ type: 'text', text: 'Streamed from Foundry.', citations: null }]);
    expect(emulator.requests[0]?.body).toMatchObject({ stream: true, model: 'claude-sonnet-4-5' });
  });

  it('countTokens and beta calls keep the first-party shape (?beta=true, anthropic-beta)', async () => {
    const { client, emulator } = emulatedFoundry();
    const { input_tokens: inputTokens } = await client.post<{ input_tokens: number }>(
      '/v1/messages/count_tokens?beta=true',
      { body: { model: PARAMS.model, messages: PARAMS.messages }, betas: ['token-counting-2024-11-01'] },
    );
    expect(inputTokens).toBeGreaterThan(0);
    expect(emulator.requests[0]?.url).toBe(`${BASE}/v1/messages/count_tokens?beta=true`);
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBe('token-counting-2024-11-01');
  });

  it('middleware sees the first-party request; the Entra token is added inside next, on every attempt', async () => {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    const middleware: Middleware = (request, next) => {
      seen.push({ url: request.url, authorization: request.headers.get('authorization') });
      return next(request);
    };
    const { provider, tokens } = mintingProvider('entra');
    const { client, emulator } = emulatedFoundry(
      { azureADTokenProvider: provider, middleware: [middleware], maxRetries: 1 },
      { authTokens: tokens(2) },
    );
    emulator.fault({ status: 529, headers: { 'retry-after-ms': '0' } });
    await client.post('/v1/messages', { body: PARAMS });
    expect(seen).toEqual([0, 1].map(() => ({ url: `${BASE}/v1/messages`, authorization: null })));
    expect(authorizations(emulator)).toEqual(['Bearer entra-1', 'Bearer entra-2']);
  });
});

describe('AnthropicFoundry: unsupported endpoints fail before any network call', () => {
  it.each([
    [
      'post',
      '/v1/messages/batches',
      'POST /v1/messages/batches is not supported by AnthropicFoundry: it serves everything but message batches and models.',
    ],
    [
      'get',
      '/v1/messages/batches/msgbatch_1?beta=true',
      'GET /v1/messages/batches/msgbatch_1 is not supported by AnthropicFoundry: it serves everything but message batches and models.',
    ],
    [
      'get',
      'https://my-resource.services.ai.azure.com/anthropic/v1/messages/batches/msgbatch_1/results',
      'GET /anthropic/v1/messages/batches/msgbatch_1/results is not supported by AnthropicFoundry: it serves everything but message batches and models.',
    ],
    [
      'get',
      '/v1/models',
      'GET /v1/models is not supported by AnthropicFoundry: it serves everything but message batches and models.',
    ],
    [
      'get',
      '/v1/models/claude-sonnet-4-5?beta=true',
      'GET /v1/models/claude-sonnet-4-5 is not supported by AnthropicFoundry: it serves everything but message batches and models.',
    ],
  ] as const)('%s %s', async (method, path, message) => {
    const fetchCalls: string[] = [];
    const { client } = emulatedFoundry({
      maxRetries: 2,
      fetch: async (input) => (fetchCalls.push(String(input)), new Response('{}')),
    });
    const error = await client[method](path, method === 'post' ? { body: { requests: [] } } : {}).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toBe(message);
    expect(fetchCalls).toEqual([]);
  });

  it('other beta resources (files, skills) are passed through to Foundry', async () => {
    const { client, emulator } = emulatedFoundry();
    await client.get('/v1/files?beta=true').catch(() => undefined);
    expect(emulator.requests[0]?.url).toBe(`${BASE}/v1/files?beta=true`);
  });
});

describe('AnthropicFoundry: azureADTokenProvider', () => {
  it('is called for every attempt (a new token on each retry) and allows browsers', async () => {
    const { provider, calls, tokens } = mintingProvider('entra');
    const { client, emulator } = emulatedFoundry(
      { azureADTokenProvider: provider, maxRetries: 2 },
      { authTokens: tokens(4) },
    );
    emulator.fault(
      { status: 429, headers: { 'retry-after-ms': '0' } },
      { status: 503, headers: { 'retry-after-ms': '0' } },
    );
    await client.post('/v1/messages', { body: PARAMS });
    await client.post('/v1/messages', { body: PARAMS });
    expect(authorizations(emulator)).toEqual(['Bearer entra-1', 'Bearer entra-2', 'Bearer entra-3', 'Bearer entra-4']);
    expect(calls()).toBe(4);
    expect(emulator.requests[0]?.headers.get('x-api-key')).toBeNull();
    expect(emulator.requests[0]?.headers.get('anthropic-dangerous-direct-browser-access')).toBe('true');
    const optedOut = emulatedFoundry(
      { azureADTokenProvider: provider, dangerouslyAllowBrowser: false },
      { authTokens: tokens(5) },
    );
    await optedOut.client.post('/v1/messages', { body: PARAMS });
    expect(optedOut.emulator.requests[0]?.headers.get('anthropic-dangerous-direct-browser-access')).toBeNull();
  });

  it('a 401: one new token, one resend', async () => {
    const { provider, calls, tokens } = mintingProvider('entra');
    const { client, emulator } = emulatedFoundry({ azureADTokenProvider: provider }, { authTokens: tokens(2) });
    emulator.expireToken('entra-1');
    const message = await client.post<Message>('/v1/messages', { body: { ...PARAMS, stream: false } });
    expect(message.type).toBe('message');
    expect(authorizations(emulator)).toEqual(['Bearer entra-1', 'Bearer entra-2']);
    // The resend carried the same body.
    expect(emulator.requests[1]?.body).toEqual(emulator.requests[0]?.body);
    expect(calls()).toBe(2);
  });

  it('…and not twice: a second 401 is an AuthenticationError with the Azure message', async () => {
    const { provider, calls, tokens } = mintingProvider('entra');
    const { client, emulator } = emulatedFoundry(
      { azureADTokenProvider: provider, maxRetries: 2 },
      { authTokens: tokens(3) },
    );
    for (const token of tokens(3)) emulator.expireToken(token);
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('or have expired');
    expect(calls()).toBe(2);
    expect(emulator.requests).toHaveLength(2);
  });

  it('an API key gets no refresh: one request, then the 401', async () => {
    const { client, emulator } = emulatedFoundry({ maxRetries: 2 });
    emulator.expireToken('foundry-key');
    await expect(client.post('/v1/messages', { body: PARAMS })).rejects.toBeInstanceOf(AuthenticationError);
    expect(emulator.requests).toHaveLength(1);
  });

  it('provider errors, as the spec words them; an AnthropicError passes as is', async () => {
    const thrown = new Error('no signed-in user');
    const failing = emulatedFoundry({ azureADTokenProvider: () => Promise.reject(thrown) });
    const error = await failing.client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toBe('Failed to get token from azureADTokenProvider: no signed-in user');
    expect((error as Error).cause).toBe(thrown);
    expect(failing.emulator.requests).toEqual([]);

    const own = new AnthropicError('custom');
    await expect(
      emulatedFoundry({ azureADTokenProvider: () => Promise.reject(own) }).client.post('/v1/messages', {
        body: PARAMS,
      }),
    ).rejects.toBe(own);

    const wrongType = emulatedFoundry({
      azureADTokenProvider: async () => ({ token: 'secret-token', expiresOnTimestamp: 1 }) as never,
    });
    const typeError = await wrongType.client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect((typeError as Error).message).toBe(
      'Expected azureADTokenProvider function argument to return a string but it returned [object Object]',
    );
    expect(String(typeError)).not.toContain('secret-token');
    await expect(
      emulatedFoundry({ azureADTokenProvider: async () => '' }).client.post('/v1/messages', { body: PARAMS }),
    ).rejects.toThrow('Expected azureADTokenProvider function argument to return a string but it returned ""');
  });
});

describe('AnthropicFoundry: configuration', () => {
  it('resource → https://{resource}.services.ai.azure.com/anthropic/; baseURL as given; env fills in what is not given', () => {
    expect(new AnthropicFoundry({ resource: 'my-resource', apiKey: 'k' }).baseURL).toBe(
      'https://my-resource.services.ai.azure.com/anthropic/',
    );
    expect(new AnthropicFoundry({ baseURL: 'https://gateway.test/anthropic', apiKey: 'k' }).baseURL).toBe(
      'https://gateway.test/anthropic',
    );
    vi.stubEnv('ANTHROPIC_FOUNDRY_RESOURCE', 'env-resource');
    expect(new AnthropicFoundry({ apiKey: 'k' }).baseURL).toBe('https://env-resource.services.ai.azure.com/anthropic/');
    expect(new AnthropicFoundry({ apiKey: 'k' }).resource).toBe('env-resource');
    // An option wins over the environment, whichever kind each is.
    expect(new AnthropicFoundry({ baseURL: 'https://gateway.test/anthropic', apiKey: 'k' }).baseURL).toBe(
      'https://gateway.test/anthropic',
    );
    vi.stubEnv('ANTHROPIC_FOUNDRY_RESOURCE', undefined);
    vi.stubEnv('ANTHROPIC_FOUNDRY_BASE_URL', 'https://env-gateway.test/anthropic');
    expect(new AnthropicFoundry({ apiKey: 'k' }).baseURL).toBe('https://env-gateway.test/anthropic');
    expect(new AnthropicFoundry({ resource: 'option-resource', apiKey: 'k' }).baseURL).toBe(
      'https://option-resource.services.ai.azure.com/anthropic/',
    );
    vi.stubEnv('ANTHROPIC_BASE_URL', 'https://first-party.test'); // never used by Foundry
    expect(new AnthropicFoundry({ resource: 'r', apiKey: 'k' }).baseURL).toBe(
      'https://r.services.ai.azure.com/anthropic/',
    );
  });

  it('base URL errors: both, neither, a URL given as resource', () => {
    expect(() => new AnthropicFoundry({ resource: 'r', baseURL: 'https://x.test', apiKey: 'k' })).toThrow(
      new AnthropicError('baseURL and resource are mutually exclusive'),
    );
    expect(() => new AnthropicFoundry({ apiKey: 'k' })).toThrow(
      new AnthropicError(
        'Must provide one of the `baseURL` or `resource` arguments, or the `ANTHROPIC_FOUNDRY_RESOURCE` environment variable',
      ),
    );
    expect(() => new AnthropicFoundry({ resource: 'https://r.services.ai.azure.com', apiKey: 'k' })).toThrow(
      'Invalid Foundry resource "https://r.services.ai.azure.com": expected a name, not a URL (a URL goes in `baseURL`).',
    );
    vi.stubEnv('ANTHROPIC_FOUNDRY_RESOURCE', 'r');
    vi.stubEnv('ANTHROPIC_FOUNDRY_BASE_URL', 'https://x.test');
    expect(() => new AnthropicFoundry({ apiKey: 'k' })).toThrow(
      'baseURL and resource are mutually exclusive (ANTHROPIC_FOUNDRY_BASE_URL and ANTHROPIC_FOUNDRY_RESOURCE are both set)',
    );
  });

  it.each(['authToken', 'credentials', 'config', 'profile'])(
    'refuses the first-party credential option %s at construction, naming it and what to pass instead',
    (name) => {
      const options = { resource: 'r', apiKey: 'k', [name]: name === 'credentials' ? async () => ({}) : 'x' };
      expect(() => new AnthropicFoundry(options)).toThrow(
        new AnthropicError(
          `AnthropicFoundry does not take \`${name}\`: pass \`apiKey\` (a Foundry key), \`azureADTokenProvider\` or \`credential\`.`,
        ),
      );
    },
  );

  it('credential errors: the exclusive pairs, exactly as the spec words the first', () => {
    const provider = async () => 't';
    const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: 0 }) };
    expect(() => new AnthropicFoundry({ resource: 'r', apiKey: 'k', azureADTokenProvider: provider })).toThrow(
      new AnthropicError(
        'The `apiKey` and `azureADTokenProvider` arguments are mutually exclusive; only one can be passed at a time.',
      ),
    );
    expect(() => new AnthropicFoundry({ resource: 'r', apiKey: 'k', credential })).toThrow(
      'The `apiKey` and `credential` arguments are mutually exclusive; only one can be passed at a time.',
    );
    expect(() => new AnthropicFoundry({ resource: 'r', azureADTokenProvider: provider, credential })).toThrow(
      'The `azureADTokenProvider` and `credential` arguments are mutually exclusive; only one can be passed at a time.',
    );
    expect(() => new AnthropicFoundry({ resource: 'r', credential: {} as never })).toThrow(
      new AnthropicError('credential must be a TokenCredential (an object with getToken).'),
    );
    expect(() => new AnthropicFoundry({ resource: 'r', azureADTokenProvider: 'token' as never })).toThrow(
      new AnthropicError('azureADTokenProvider must be a function.'),
    );
  });

  it('ANTHROPIC_FOUNDRY_API_KEY is the default key, but an explicit Entra source wins over it', async () => {
    vi.stubEnv('ANTHROPIC_FOUNDRY_API_KEY', 'env-key');
    const fromEnv = emulatedFoundry({ apiKey: undefined }, { apiKeys: ['env-key'] });
    await fromEnv.client.post('/v1/messages', { body: PARAMS });
    expect(fromEnv.emulator.requests[0]?.headers.get('x-api-key')).toBe('env-key');
    const entra = emulatedFoundry({ azureADTokenProvider: async () => 'entra' }, { authTokens: ['entra'] });
    await entra.client.post('/v1/messages', { body: PARAMS });
    expect(entra.emulator.requests[0]?.headers.get('x-api-key')).toBeNull();
    expect(authorizations(entra.emulator)).toEqual(['Bearer entra']);
  });

  it('withOptions rebuilds from the Foundry options', async () => {
    const { client, emulator } = emulatedFoundry();
    const other = client.withOptions({ resource: 'other-resource' });
    expect(other).toBeInstanceOf(AnthropicFoundry);
    await other.post('/v1/messages', { body: PARAMS });
    expect(emulator.requests[0]?.url).toBe('https://other-resource.services.ai.azure.com/anthropic/v1/messages');
    expect(emulator.requests[0]?.headers.get('x-api-key')).toBe('foundry-key');
  });

  it('a DNS failure names the host and the resource that produced it', async () => {
    const fetch = async (input: string | URL | Request) => {
      const host = new URL(input instanceof Request ? input.url : String(input)).hostname;
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }),
      });
    };
    const client = new AnthropicFoundry({ resource: 'typo-resource', apiKey: 'k', maxRetries: 0, fetch });
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      'Could not resolve host typo-resource.services.ai.azure.com (Foundry resource "typo-resource": check `resource` / ANTHROPIC_FOUNDRY_RESOURCE).',
    );
  });
});
