import { AnthropicError, APIConnectionError, AuthenticationError, type Message, type Middleware } from '@anth/core';
import { createEmulatorFetch } from '@anth/emulator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicVertex } from './anthropic-vertex.js';
import {
  authorizations,
  emulatedVertex,
  ENV_NAMES,
  MODEL,
  mintingProvider,
  PARAMS,
  streamMessage,
} from './test-helpers.js';
import { VERSION } from './version.js';

const PREDICT_URL = `https://us-east5-aiplatform.googleapis.com/v1/projects/my-project/locations/us-east5/publishers/anthropic/models/${MODEL}`;

beforeEach(() => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('AnthropicVertex: the wire', () => {
  it('create: rewrites to :rawPredict (model in the URL, anthropic_version in the body), sends the access token as is', async () => {
    // First-party credentials in the environment must never reach Google.
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-must-not-leak');
    vi.stubEnv('ANTHROPIC_AUTH_TOKEN', 'must-not-leak');
    const { client, emulator } = emulatedVertex();
    const message = await client.post<Message>('/v1/messages', { body: PARAMS });
    expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('Hello from the test') });
    const [request] = emulator.requests;
    expect(request?.url).toBe(`${PREDICT_URL}:rawPredict`);
    // The request's API version goes in the body, and the header is not sent (official SDK 1.x).
    expect(request?.body).toEqual({
      anthropic_version: '2026-10-21',
      max_tokens: 64,
      messages: PARAMS.messages,
    });
    expect(request?.headers.has('anthropic-version')).toBe(false);
    expect(request?.headers.get('authorization')).toBe('Bearer ya29.static');
    expect(request?.headers.get('x-api-key')).toBeNull();
    expect(request?.headers.get('user-agent')).toBe(`AnthropicVertex/JS ${VERSION}`);
    expect(JSON.stringify([...(request?.headers ?? [])])).not.toContain('must-not-leak');
  });

  it('stream: :streamRawPredict with stream kept in the body; MessageStream accumulates the final message', async () => {
    const { client, emulator } = emulatedVertex();
    emulator.script({ content: [{ type: 'text', text: 'Streamed from Vertex.' }] });
    const final = await streamMessage(client, PARAMS).finalMessage();
    expect(final.content).toEqual([{ type: 'text', text: 'Streamed from Vertex.', citations: null }]);
    expect(emulator.requests[0]?.url).toBe(`${PREDICT_URL}:streamRawPredict`);
    expect(emulator.requests[0]?.body).toMatchObject({ stream: true, anthropic_version: '2026-10-21' });
    expect(emulator.requests[0]?.body).not.toHaveProperty('model');
  });

  it('countTokens: count-tokens:rawPredict with the model kept in the body', async () => {
    const { client, emulator } = emulatedVertex();
    const { input_tokens: inputTokens } = await client.post<{ input_tokens: number }>('/v1/messages/count_tokens', {
      body: { model: MODEL, messages: PARAMS.messages },
    });
    expect(inputTokens).toBeGreaterThan(0);
    expect(emulator.requests[0]?.url).toBe(
      'https://us-east5-aiplatform.googleapis.com/v1/projects/my-project/locations/us-east5/publishers/anthropic/models/count-tokens:rawPredict',
    );
    expect(emulator.requests[0]?.body).toEqual({
      anthropic_version: '2026-10-21',
      model: MODEL,
      messages: PARAMS.messages,
    });
  });

  it('an overridden anthropic-version header becomes the body version (the escape hatch), and is still not sent', async () => {
    const { client, emulator } = emulatedVertex({ defaultHeaders: { 'anthropic-version': 'vertex-2023-10-16' } });
    await client.post('/v1/messages', { body: PARAMS });
    expect(emulator.requests[0]?.body).toMatchObject({ anthropic_version: 'vertex-2023-10-16' });
    expect(emulator.requests[0]?.headers.has('anthropic-version')).toBe(false);
  });

  it('beta calls: drops ?beta=true, keeps anthropic-beta a header, keeps a given anthropic_version', async () => {
    const { client, emulator } = emulatedVertex();
    await client.post('/v1/messages?beta=true', {
      body: { ...PARAMS, anthropic_version: 'vertex-2023-10-16' },
      betas: ['context-1m-2025-08-07'],
    });
    await client.post('/v1/messages/count_tokens?beta=true', {
      body: { model: MODEL, messages: PARAMS.messages },
      betas: ['token-counting-2024-11-01'],
    });
    expect(emulator.requests.map((request) => request.url)).toEqual([
      `${PREDICT_URL}:rawPredict`,
      expect.stringMatching(/count-tokens:rawPredict$/),
    ]);
    expect(emulator.requests.map((request) => request.headers.get('anthropic-beta'))).toEqual([
      'context-1m-2025-08-07',
      'token-counting-2024-11-01',
    ]);
  });

  it('inserts the model as is, and keeps a base URL path prefix (proxies)', async () => {
    const emulator = createEmulatorFetch({ backend: 'vertex', authTokens: ['t'], requireAuth: false });
    const client = new AnthropicVertex({
      region: 'europe-west1',
      projectId: 'p',
      accessToken: 't',
      baseURL: 'https://proxy.test/vertex/v1',
      fetch: emulator,
    });
    await client.post('/v1/messages', { body: { ...PARAMS, model: 'claude-sonnet-4-5' } }).catch(() => undefined);
    expect(emulator.requests[0]?.url).toBe(
      'https://proxy.test/vertex/v1/projects/p/locations/europe-west1/publishers/anthropic/models/claude-sonnet-4-5:rawPredict',
    );
  });

  it('middleware sees the first-party request on every attempt; the rewrite and credentials happen inside next', async () => {
    const seen: Array<{ url: string; body: unknown; authorization: string | null; retry: number }> = [];
    const middleware: Middleware = async (request, next, context) => {
      seen.push({
        url: request.url,
        body: await request.clone().json(),
        authorization: request.headers.get('authorization'),
        retry: context.retryCount,
      });
      return next(request);
    };
    const { client, emulator } = emulatedVertex({ middleware: [middleware], maxRetries: 1 });
    emulator.fault({ status: 529, headers: { 'retry-after-ms': '0' } });
    await client.post('/v1/messages', { body: PARAMS });
    expect(seen).toEqual(
      [0, 1].map((retry) => ({
        url: 'https://us-east5-aiplatform.googleapis.com/v1/v1/messages',
        body: PARAMS,
        authorization: null,
        retry,
      })),
    );
    expect(emulator.requests.map((request) => request.url)).toEqual([
      `${PREDICT_URL}:rawPredict`,
      `${PREDICT_URL}:rawPredict`,
    ]);
  });

  it('an explicit Authorization header from the caller wins and no token is fetched', async () => {
    const { provider, calls } = mintingProvider('never');
    const { client, emulator } = emulatedVertex({ accessToken: provider }, ['ya29.caller']);
    await client.post('/v1/messages', { body: PARAMS, headers: { authorization: 'Bearer ya29.caller' } });
    expect(authorizations(emulator)).toEqual(['Bearer ya29.caller']);
    expect(calls()).toBe(0);
  });
});

describe('AnthropicVertex: unsupported endpoints fail before any network call', () => {
  it.each([
    [
      'post',
      '/v1/messages/batches',
      'POST /v1/messages/batches is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    ],
    [
      'get',
      '/v1/messages/batches/msgbatch_1/results',
      'GET /v1/messages/batches/msgbatch_1/results is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    ],
    [
      'post',
      '/v1/messages/batches?beta=true',
      'POST /v1/messages/batches is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    ],
    [
      'get',
      '/v1/models',
      'GET /v1/models is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    ],
    [
      'get',
      '/v1/files?beta=true',
      'GET /v1/files is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    ],
    [
      'post',
      '/v1/complete',
      'POST /v1/complete is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    ],
    [
      'get',
      '/v1/messages',
      'GET /v1/messages is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    ],
  ] as const)('%s %s', async (method, path, message) => {
    const fetchCalls: string[] = [];
    const { client } = emulatedVertex({
      maxRetries: 2,
      fetch: async (input) => (fetchCalls.push(String(input)), new Response('{}')),
    });
    const error = await client[method](path, method === 'post' ? { body: { requests: [] } } : {}).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(message);
    expect(fetchCalls).toEqual([]);
  });
});

describe('AnthropicVertex: tokens', () => {
  it('a provider without expiry is asked on every attempt, so each retry carries a new token', async () => {
    const { provider, tokens } = mintingProvider('ya29.fresh');
    const { client, emulator } = emulatedVertex({ accessToken: provider, maxRetries: 2 }, tokens(3));
    emulator.fault(
      { status: 429, headers: { 'retry-after-ms': '0' } },
      { status: 503, headers: { 'retry-after-ms': '0' } },
    );
    await client.post('/v1/messages', { body: PARAMS });
    expect(authorizations(emulator)).toEqual(['Bearer ya29.fresh-1', 'Bearer ya29.fresh-2', 'Bearer ya29.fresh-3']);
  });

  it('a token with an expiry is cached until shortly before it, then refreshed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const { provider, calls, tokens } = mintingProvider('ya29.cached', 3_600_000);
    const { client, emulator } = emulatedVertex({ accessToken: provider }, tokens(2));
    await client.post('/v1/messages', { body: PARAMS });
    vi.setSystemTime(new Date('2026-01-01T00:58:00Z')); // 2 minutes before expiry: still cached
    await client.post('/v1/messages', { body: PARAMS });
    vi.setSystemTime(new Date('2026-01-01T00:59:30Z')); // inside the 60 s refresh margin
    await client.post('/v1/messages', { body: PARAMS });
    expect(authorizations(emulator)).toEqual(['Bearer ya29.cached-1', 'Bearer ya29.cached-1', 'Bearer ya29.cached-2']);
    expect(calls()).toBe(2);
  });

  it('a 401 with a provider token: one new token, one resend', async () => {
    const { provider, calls, tokens } = mintingProvider('ya29.rotating', 3_600_000);
    const { client, emulator } = emulatedVertex({ accessToken: provider }, tokens(2));
    emulator.expireToken('ya29.rotating-1');
    const message = await client.post<Message>('/v1/messages', { body: PARAMS });
    expect(message.type).toBe('message');
    expect(authorizations(emulator)).toEqual(['Bearer ya29.rotating-1', 'Bearer ya29.rotating-2']);
    expect(calls()).toBe(2);
    // The refreshed token is cached: the next request uses it without asking again.
    await client.post('/v1/messages', { body: PARAMS });
    expect(calls()).toBe(2);
  });

  it('…and not twice: a second 401 is an AuthenticationError (401 is not retried)', async () => {
    const { provider, calls, tokens } = mintingProvider('ya29.revoked');
    const { client, emulator } = emulatedVertex({ accessToken: provider, maxRetries: 2 }, tokens(3));
    for (const token of tokens(3)) emulator.expireToken(token);
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).message).toContain('Request had invalid authentication credentials');
    expect(calls()).toBe(2);
    expect(emulator.requests).toHaveLength(2);
  });

  it('a fixed accessToken is not refreshed: one request, then the 401', async () => {
    const { client, emulator } = emulatedVertex({ maxRetries: 2 });
    emulator.expireToken('ya29.static');
    await expect(client.post('/v1/messages', { body: PARAMS })).rejects.toBeInstanceOf(AuthenticationError);
    expect(emulator.requests).toHaveLength(1);
  });

  it('provider failures: a clear AnthropicError with the cause, not retried; an AnthropicError passes as is', async () => {
    const failing = emulatedVertex({
      maxRetries: 2,
      accessToken: async () => {
        throw new Error('token service down');
      },
    });
    const error = await failing.client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toBe('Failed to get token from the accessToken provider: token service down');
    expect((error as Error).cause).toEqual(new Error('token service down'));
    expect(failing.emulator.requests).toEqual([]);

    const own = new APIConnectionError({ message: 'token service unreachable' });
    const passing = emulatedVertex({
      accessToken: async () => {
        throw own;
      },
    });
    await expect(passing.client.post('/v1/messages', { body: PARAMS })).rejects.toBe(own);

    const empty = emulatedVertex({ accessToken: async () => ({ token: '' }) });
    await expect(empty.client.post('/v1/messages', { body: PARAMS })).rejects.toThrow(
      'Expected the accessToken provider to return a non-empty string or { token, expiresAt? }, but it returned an object without a non-empty string `token`',
    );
  });
});

describe('AnthropicVertex: configuration', () => {
  it('region: option > CLOUD_ML_REGION; missing is the exact error', () => {
    expect(() => new AnthropicVertex({ projectId: 'p', accessToken: 't' })).toThrow(
      new AnthropicError(
        'No region was given. The client should be instantiated with the `region` option or the `CLOUD_ML_REGION` environment variable should be set.',
      ),
    );
    vi.stubEnv('CLOUD_ML_REGION', 'europe-west1');
    expect(new AnthropicVertex({ accessToken: 't' }).region).toBe('europe-west1');
    expect(new AnthropicVertex({ region: 'us-east5', accessToken: 't' }).region).toBe('us-east5');
  });

  it('base URL by region (global, us, eu, regional), ANTHROPIC_VERTEX_BASE_URL and baseURL win', () => {
    const baseURL = (options: ConstructorParameters<typeof AnthropicVertex>[0]) =>
      new AnthropicVertex({ accessToken: 't', ...options }).baseURL;
    expect(baseURL({ region: 'global' })).toBe('https://aiplatform.googleapis.com/v1');
    expect(baseURL({ region: 'us' })).toBe('https://aiplatform.us.rep.googleapis.com/v1');
    expect(baseURL({ region: 'eu' })).toBe('https://aiplatform.eu.rep.googleapis.com/v1');
    expect(baseURL({ region: 'us-east5' })).toBe('https://us-east5-aiplatform.googleapis.com/v1');
    vi.stubEnv('ANTHROPIC_BASE_URL', 'https://first-party.test'); // never used by Vertex
    expect(baseURL({ region: 'us-east5' })).toBe('https://us-east5-aiplatform.googleapis.com/v1');
    vi.stubEnv('ANTHROPIC_VERTEX_BASE_URL', 'https://env-proxy.test/v1');
    expect(baseURL({ region: 'us-east5' })).toBe('https://env-proxy.test/v1');
    expect(baseURL({ region: 'us-east5', baseURL: 'https://option-proxy.test/v1' })).toBe(
      'https://option-proxy.test/v1',
    );
  });

  it('an invalid region is refused at construction, naming the value', () => {
    expect(
      () => new AnthropicVertex({ region: 'https://us-east5-aiplatform.googleapis.com', accessToken: 't' }),
    ).toThrow(
      'Invalid Vertex AI region "https://us-east5-aiplatform.googleapis.com": expected a location such as us-east5 or global.',
    );
  });

  it('global, us and eu requests go to their hosts with the location in the path', async () => {
    for (const [region, host] of [
      ['global', 'aiplatform.googleapis.com'],
      ['us', 'aiplatform.us.rep.googleapis.com'],
      ['eu', 'aiplatform.eu.rep.googleapis.com'],
    ] as const) {
      const { client, emulator } = emulatedVertex({ region });
      await client.post('/v1/messages', { body: PARAMS });
      expect(emulator.requests[0]?.url).toBe(
        `https://${host}/v1/projects/my-project/locations/${region}/publishers/anthropic/models/${MODEL}:rawPredict`,
      );
    }
  });

  it('project: option > ANTHROPIC_VERTEX_PROJECT_ID; missing is the exact error, before any request', async () => {
    vi.stubEnv('ANTHROPIC_VERTEX_PROJECT_ID', 'env-project');
    const fromEnv = emulatedVertex({ projectId: undefined });
    await fromEnv.client.post('/v1/messages', { body: PARAMS });
    expect(fromEnv.emulator.requests[0]?.url).toContain('/projects/env-project/');
    const fromOption = emulatedVertex({ projectId: 'option-project' });
    await fromOption.client.post('/v1/messages', { body: PARAMS });
    expect(fromOption.emulator.requests[0]?.url).toContain('/projects/option-project/');
    vi.stubEnv('ANTHROPIC_VERTEX_PROJECT_ID', undefined);
    const missing = emulatedVertex({ projectId: undefined, maxRetries: 2 });
    await expect(missing.client.post('/v1/messages', { body: PARAMS })).rejects.toThrow(
      new AnthropicError(
        'No projectId was given and it could not be resolved from credentials. The client should be instantiated with the `projectId` option or the `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set.',
      ),
    );
    expect(missing.emulator.requests).toEqual([]);
  });

  it('a body that is not a JSON object is refused before any credential is fetched or request sent', async () => {
    const { provider, calls } = mintingProvider('never');
    for (const body of ['not json', '[1, 2]', 'null', '42']) {
      const { client, emulator } = emulatedVertex({ accessToken: provider, maxRetries: 2 });
      await expect(
        client.post('/v1/messages', { body, headers: { 'content-type': 'application/json' } }),
      ).rejects.toThrow(new AnthropicError('Vertex AI needs a JSON object as the request body.'));
      expect(emulator.requests).toEqual([]);
    }
    expect(calls()).toBe(0);
  });

  it.each(['apiKey', 'authToken', 'credentials', 'config', 'profile'])(
    'refuses the first-party credential option %s at construction, naming it',
    (name) => {
      const options = { region: 'us-east5', projectId: 'p', [name]: name === 'credentials' ? async () => ({}) : 'x' };
      expect(() => new AnthropicVertex(options)).toThrow(AnthropicError);
      expect(() => new AnthropicVertex(options)).toThrow(
        `AnthropicVertex does not take \`${name}\`: it authenticates with Google credentials`,
      );
    },
  );

  it('an explicitly null first-party credential option is not refused', () => {
    expect(
      () => new AnthropicVertex({ region: 'us-east5', projectId: 'p', accessToken: 't', ...{ apiKey: null } }),
    ).not.toThrow();
  });

  it('refuses an empty accessToken instead of falling back to other credentials', () => {
    expect(() => new AnthropicVertex({ region: 'us-east5', accessToken: '' })).toThrow(
      'accessToken is empty: pass a token or a token provider, or leave it out.',
    );
  });

  it('refuses conflicting credentials at construction', () => {
    const authClient = { getRequestHeaders: async () => ({ authorization: 'Bearer x' }) };
    const googleAuth = { getClient: async () => authClient };
    expect(() => new AnthropicVertex({ region: 'us-east5', authClient, googleAuth })).toThrow(
      'You cannot provide both `authClient` and `googleAuth`. Please provide only one of them.',
    );
    expect(() => new AnthropicVertex({ region: 'us-east5', authClient, accessToken: 't' })).toThrow(
      'You cannot provide both `accessToken` and `authClient`. Please provide only one of them.',
    );
  });

  it('withOptions rebuilds from the Vertex options: a new region gets its own endpoint', async () => {
    const { client, emulator } = emulatedVertex();
    const europe = client.withOptions({ region: 'europe-west4' });
    expect(europe).toBeInstanceOf(AnthropicVertex);
    expect(europe.baseURL).toBe('https://europe-west4-aiplatform.googleapis.com/v1');
    await europe.post('/v1/messages', { body: PARAMS });
    expect(emulator.requests[0]?.url).toContain(
      'europe-west4-aiplatform.googleapis.com/v1/projects/my-project/locations/europe-west4/',
    );
  });

  it('a DNS failure names the host and the region that produced it', async () => {
    const dnsFailure = (host: string) =>
      new TypeError('fetch failed', {
        cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host }),
      });
    const client = new AnthropicVertex({
      region: 'us-east55',
      projectId: 'p',
      accessToken: 't',
      maxRetries: 0,
      fetch: async (input) =>
        Promise.reject(dnsFailure(new URL(input instanceof Request ? input.url : String(input)).hostname)),
    });
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      'Could not resolve host us-east55-aiplatform.googleapis.com (Vertex AI in region "us-east55": check `region` / CLOUD_ML_REGION).',
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    const viaBaseURL = client.withOptions({ baseURL: 'https://vertex-proxy.invalid/v1' });
    await expect(viaBaseURL.post('/v1/messages', { body: PARAMS })).rejects.toThrow(
      'Could not resolve host vertex-proxy.invalid (from `baseURL` / ANTHROPIC_VERTEX_BASE_URL).',
    );
  });

  it('other connection failures stay plain connection errors', async () => {
    const client = new AnthropicVertex({
      region: 'us-east5',
      projectId: 'p',
      accessToken: 't',
      maxRetries: 0,
      fetch: async () =>
        Promise.reject(
          new TypeError('fetch failed', {
            cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
          }),
        ),
    });
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe('Connection error.');
  });
});
