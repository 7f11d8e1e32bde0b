import {
  AnthropicError,
  APIConnectionError,
  AuthenticationError,
  BadRequestError,
  PermissionDeniedError,
  RateLimitError,
  NotFoundError,
  ServiceUnavailableError,
  type Completion,
  type Middleware,
} from '@anth/core';
import { parseSSEStream } from '@anth/core/internal';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicBedrock } from './anthropic-bedrock.js';
import type { AwsCredentialIdentity } from './bedrock-options.js';
import {
  BEDROCK_URL,
  createMessage,
  createMessageStream,
  emulatedBedrock,
  isolateEnvironment,
  MODEL,
  params,
  skippingBackoff,
  streamMessage,
  TEST_API_KEY,
  TEST_KEYS,
} from './test-client.js';

beforeEach(isolateEnvironment);
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('AnthropicBedrock against the Bedrock emulator (SigV4 verified by the emulator)', () => {
  it('creates a message: the emulator receives the Bedrock request and verifies its signature', async () => {
    const { client, emulator } = emulatedBedrock();
    emulator.script({ content: [{ type: 'text', text: 'Hello from Bedrock' }] });
    const message = await createMessage(client, params);
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from Bedrock', citations: null }]);
    const seen = emulator.requests[0]!;
    expect(seen.url).toBe(`${BEDROCK_URL}/model/${MODEL}/invoke`);
    // The request's API version goes in the body, and the header is not sent (official SDK 1.x).
    expect(seen.body).toEqual({ anthropic_version: '2026-10-21', max_tokens: 256, messages: params.messages });
    expect(seen.headers.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEMULATOR\/\d{8}\/us-east-1\/bedrock\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
    );
    expect(seen.headers.get('x-amz-date')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(seen.headers.get('x-amz-content-sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect(seen.headers.get('x-api-key')).toBeNull();
    expect(seen.headers.get('user-agent')).toBe('AnthropicBedrock/JS 0.1.0');
    expect(seen.headers.has('anthropic-version')).toBe(false);
  });

  it('an overridden anthropic-version becomes the body version (the escape hatch for a dated Bedrock version)', async () => {
    const { client, emulator } = emulatedBedrock({ defaultHeaders: { 'anthropic-version': 'bedrock-2023-05-31' } });
    await createMessage(client, params);
    expect(emulator.requests[0]!.body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31' });
    expect(emulator.requests[0]!.headers.has('anthropic-version')).toBe(false);
  });

  it('moves anthropic-user-profile-id into the body as user_profile_id on messages; a body value wins', async () => {
    const { client, emulator } = emulatedBedrock();
    await createMessage(client, params, { headers: { 'anthropic-user-profile-id': 'prof_header' } });
    await createMessage(client, { ...params, user_profile_id: 'prof_body' } as typeof params, {
      headers: { 'anthropic-user-profile-id': 'prof_header' },
    });
    expect(emulator.requests.map((request) => (request.body as Record<string, unknown>)['user_profile_id'])).toEqual([
      'prof_header',
      'prof_body',
    ]);
    for (const request of emulator.requests) expect(request.headers.has('anthropic-user-profile-id')).toBe(false);
  });

  it('signs with a session token, which the emulator requires and checks', async () => {
    const credentials = {
      accessKeyId: 'ASIATEMPORARY',
      secretAccessKey: 'temporary-secret',
      sessionToken: 'session-token-1',
    };
    const { client, emulator } = emulatedBedrock(
      {
        awsAccessKey: credentials.accessKeyId,
        awsSecretKey: credentials.secretAccessKey,
        awsSessionToken: credentials.sessionToken,
      },
      { credentials: [credentials] },
    );
    await createMessage(client, params);
    expect(emulator.requests[0]!.headers.get('x-amz-security-token')).toBe('session-token-1');
    expect(emulator.requests[0]!.headers.get('authorization')).toContain('x-amz-security-token');
    const withoutToken = emulatedBedrock(
      { awsAccessKey: credentials.accessKeyId, awsSecretKey: credentials.secretAccessKey },
      { credentials: [credentials] },
    );
    const error = await createMessage(withoutToken.client, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toBe('403 The security token included in the request is invalid.');
  });

  it("fails with the emulator's 403 when the secret is wrong, never echoing it", async () => {
    const { client } = emulatedBedrock({ awsSecretKey: 'not-the-secret' });
    const error = await createMessage(client, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toMatch(/^403 The request signature we calculated does not match/);
    expect(String(error)).not.toContain('not-the-secret');
  });

  it("exposes Bedrock's x-amzn-requestid as the error's requestID (Bedrock sends no request-id)", async () => {
    const { client } = emulatedBedrock({ awsSecretKey: 'not-the-secret' });
    const error = await createMessage(client, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    const { requestID, headers } = error as PermissionDeniedError;
    expect(headers?.get('request-id')).toBeNull();
    expect(requestID).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestID).toBe(headers?.get('x-amzn-requestid'));
  });

  it('percent-encodes an inference-profile ARN as one path segment, and the signature still verifies', async () => {
    const arn = 'arn:aws:bedrock:us-east-2:1234:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0';
    const { client, emulator } = emulatedBedrock();
    await createMessage(client, { ...params, model: arn });
    expect(emulator.requests[0]!.path).toBe(
      '/model/arn:aws:bedrock:us-east-2:1234:inference-profile%2Fus.anthropic.claude-sonnet-4-5-20250929-v1:0/invoke',
    );
  });

  it('keeps a base URL path prefix and a default query, drops ?beta=true, moves betas into the body', async () => {
    const { client, emulator } = emulatedBedrock({
      baseURL: `${BEDROCK_URL}/proxy/`,
      defaultQuery: { tenant: 'a b' },
      defaultHeaders: { 'anthropic-beta': 'client-beta' },
    });
    // The emulator serves /model/… only, so it answers 404 here: what matters is what it received.
    await expect(client.post('/v1/messages?beta=true', { body: params, betas: ['call-beta'] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const seen = emulator.requests[0]!;
    expect(seen.path).toBe(`/proxy/model/${MODEL}/invoke`);
    expect(seen.query.get('tenant')).toBe('a b');
    expect(seen.query.has('beta')).toBe(false);
    expect(seen.body).toMatchObject({ anthropic_beta: ['client-beta', 'call-beta'] });
    expect(seen.headers.get('anthropic-beta')).toBe('client-beta,call-beta');
  });

  it('keeps an anthropic_version or anthropic_beta the body already has', async () => {
    const { client, emulator } = emulatedBedrock();
    await createMessage(
      client,
      { ...params, anthropic_version: 'bedrock-2023-05-31', anthropic_beta: ['from-body'] } as typeof params,
      { headers: { 'anthropic-beta': 'from-header' } },
    );
    expect(emulator.requests[0]!.body).toMatchObject({
      anthropic_version: 'bedrock-2023-05-31',
      anthropic_beta: ['from-body'],
    });
  });

  it("middleware sees the first-party request on every attempt; the emulator sees Bedrock's", async () => {
    const seenByMiddleware: Array<{ url: string; body: unknown; authorization: string | null }> = [];
    const middleware: Middleware = async (request, next) => {
      seenByMiddleware.push({
        url: request.url,
        body: await request.clone().json(),
        authorization: request.headers.get('authorization'),
      });
      return next(request);
    };
    const { client, emulator } = emulatedBedrock({ middleware: [middleware], maxRetries: 1 });
    emulator.fault({ status: 429, headers: { 'retry-after-ms': '1' } });
    await createMessage(client, params);
    expect(seenByMiddleware).toEqual([
      { url: `${BEDROCK_URL}/v1/messages`, body: params, authorization: null },
      { url: `${BEDROCK_URL}/v1/messages`, body: params, authorization: null },
    ]);
    expect(emulator.requests.map((request) => request.path)).toEqual([
      `/model/${MODEL}/invoke`,
      `/model/${MODEL}/invoke`,
    ]);
  });

  it('sends a Bedrock API key as a bearer token, with no signature', async () => {
    const { client, emulator } = emulatedBedrock({
      awsAccessKey: undefined,
      awsSecretKey: undefined,
      apiKey: TEST_API_KEY,
    });
    await createMessage(client, params);
    const seen = emulator.requests[0]!;
    expect(seen.headers.get('authorization')).toBe(`Bearer ${TEST_API_KEY}`);
    expect([...seen.headers.keys()].filter((name) => name.startsWith('x-amz-'))).toEqual([]);
  });

  it('takes the API key from AWS_BEARER_TOKEN_BEDROCK, but not over AWS keys given in code', async () => {
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', TEST_API_KEY);
    const fromEnv = emulatedBedrock({ awsAccessKey: undefined, awsSecretKey: undefined });
    await createMessage(fromEnv.client, params);
    expect(fromEnv.emulator.requests[0]!.headers.get('authorization')).toBe(`Bearer ${TEST_API_KEY}`);
    const explicit = emulatedBedrock();
    await createMessage(explicit.client, params);
    expect(explicit.emulator.requests[0]!.headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('never sends the first-party ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN', async () => {
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-first-party');
    vi.stubEnv('ANTHROPIC_AUTH_TOKEN', 'first-party-token');
    const { client, emulator } = emulatedBedrock({}, { requireAuth: false });
    const skipping = new AnthropicBedrock({
      awsRegion: 'us-east-1',
      baseURL: BEDROCK_URL,
      skipAuth: true,
      fetch: emulator,
      logLevel: 'off',
    });
    await createMessage(client, params);
    await createMessage(skipping, params);
    for (const request of emulator.requests) {
      expect(request.headers.get('x-api-key')).toBeNull();
      expect(request.headers.get('authorization') ?? '').not.toContain('first-party');
    }
    expect(emulator.requests[1]!.headers.get('authorization')).toBeNull();
    expect(client.toJSON()['auth']).toBe('AWS SigV4');
  });

  it('signs with credentials from providerChainResolver, resolving the provider once', async () => {
    const resolver = vi.fn(
      async () => async (): Promise<AwsCredentialIdentity> => ({
        accessKeyId: TEST_KEYS.awsAccessKey,
        secretAccessKey: TEST_KEYS.awsSecretKey,
      }),
    );
    const { client, emulator } = emulatedBedrock({
      awsAccessKey: undefined,
      awsSecretKey: undefined,
      providerChainResolver: resolver,
    });
    await createMessage(client, params);
    await createMessage(client, params);
    expect(emulator.requests).toHaveLength(2);
    expect(resolver).toHaveBeenCalledTimes(1);
  });

  it('refreshes expired provider credentials once, re-signs and resends (ExpiredTokenException)', async () => {
    const stale = { accessKeyId: 'ASIASTALE', secretAccessKey: 'stale-secret', sessionToken: 'stale-token' };
    const fresh = { accessKeyId: 'ASIAFRESH', secretAccessKey: 'fresh-secret', sessionToken: 'fresh-token' };
    const provider = vi.fn(async (options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? fresh : stale));
    const { client, emulator } = emulatedBedrock(
      { awsAccessKey: undefined, awsSecretKey: undefined, providerChainResolver: async () => provider },
      { credentials: [stale, fresh] },
    );
    emulator.expireToken('stale-token');
    const message = await createMessage(client, params);
    expect(message.type).toBe('message');
    expect(emulator.requests.map((request) => request.headers.get('x-amz-security-token'))).toEqual([
      'stale-token',
      'fresh-token',
    ]);
    expect(provider.mock.calls).toEqual([[undefined], [{ forceRefresh: true }]]);
    // The next request signs with the refreshed credentials straight away.
    await createMessage(client, params);
    expect(emulator.requests[2]!.headers.get('x-amz-security-token')).toBe('fresh-token');
  });

  it('a 401 also makes provider credentials refresh once', async () => {
    const provider = vi.fn(async () => ({
      accessKeyId: TEST_KEYS.awsAccessKey,
      secretAccessKey: TEST_KEYS.awsSecretKey,
    }));
    const { client, emulator } = emulatedBedrock({
      awsAccessKey: undefined,
      awsSecretKey: undefined,
      providerChainResolver: async () => provider,
    });
    emulator.fault({ status: 401 });
    expect((await createMessage(client, params)).type).toBe('message');
    expect(provider.mock.calls).toEqual([[undefined], [{ forceRefresh: true }]]);
    expect(emulator.requests).toHaveLength(2);
  });

  it('static keys and API keys are not refreshed: a 401 is final', async () => {
    const { client, emulator } = emulatedBedrock();
    emulator.fault({ status: 401 });
    await expect(createMessage(client, params)).rejects.toBeInstanceOf(AuthenticationError);
    expect(emulator.requests).toHaveLength(1);
  });

  it('refreshes at most once: still expired is an error', async () => {
    const stale = { accessKeyId: 'ASIASTALE', secretAccessKey: 'stale-secret', sessionToken: 'stale-token' };
    const { client, emulator } = emulatedBedrock(
      { awsAccessKey: undefined, awsSecretKey: undefined, providerChainResolver: async () => async () => stale },
      { credentials: [stale] },
    );
    emulator.expireToken('stale-token');
    const error = await createMessage(client, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toBe('403 The security token included in the request is expired');
    expect(emulator.requests).toHaveLength(2);
  });

  it('fetches provider credentials again shortly before they expire', async () => {
    let calls = 0;
    const provider = async (): Promise<AwsCredentialIdentity> => {
      calls += 1;
      return {
        ...{ accessKeyId: TEST_KEYS.awsAccessKey, secretAccessKey: TEST_KEYS.awsSecretKey },
        expiration: new Date(Date.now() + (calls === 1 ? 60_000 : 3_600_000)),
      };
    };
    const { client } = emulatedBedrock({
      awsAccessKey: undefined,
      awsSecretKey: undefined,
      providerChainResolver: async () => provider,
    });
    await createMessage(client, params); // expires in 1 minute: inside the 5-minute margin
    await createMessage(client, params); // so this one fetches again, and gets an hour
    await createMessage(client, params); // cached
    expect(calls).toBe(2);
  });

  it('turns a failing credential provider into a retryable APIConnectionError', async () => {
    const failing = emulatedBedrock({
      awsAccessKey: undefined,
      awsSecretKey: undefined,
      providerChainResolver: async () => async () => Promise.reject(new Error('no creds')),
    });
    const error = await createMessage(failing.client, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe('Failed to resolve AWS credentials from the credential provider chain.');
    expect((error as Error).cause).toEqual(new Error('no creds'));
    expect(failing.emulator.requests).toHaveLength(0);

    let attempts = 0;
    const provider = async (): Promise<AwsCredentialIdentity> => {
      attempts += 1;
      if (attempts === 1) throw new Error('Could not load credentials from any providers');
      return { accessKeyId: TEST_KEYS.awsAccessKey, secretAccessKey: TEST_KEYS.awsSecretKey };
    };
    const recovering = emulatedBedrock({
      awsAccessKey: undefined,
      awsSecretKey: undefined,
      maxRetries: 1,
      providerChainResolver: async () => provider,
    });
    expect((await skippingBackoff(() => createMessage(recovering.client, params))).type).toBe('message');
    expect(attempts).toBe(2);
    expect(recovering.emulator.requests).toHaveLength(1);
  });

  it('maps Bedrock HTTP errors by status (503 → ServiceUnavailableError, 400 → BadRequestError)', async () => {
    const { client, emulator } = emulatedBedrock();
    emulator.fault({ status: 503 });
    await expect(createMessage(client, params)).rejects.toBeInstanceOf(ServiceUnavailableError);
    const error = await createMessage(client, { ...params, max_tokens: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
  });
});

describe('streaming over eventstream', () => {
  it('MessageStream gives the same final message as the non-streamed reply', async () => {
    const turn = {
      id: 'msg_fixed',
      content: [
        { type: 'thinking' as const, thinking: 'Let me think.', signature: 'sig' },
        { type: 'text' as const, text: 'Paris is sunny — 😀 promise!' },
        {
          type: 'tool_use' as const,
          id: 'toolu_fixed',
          name: 'get_weather',
          input: { city: 'Paris', nested: { deep: [1, 2] } },
        },
      ],
    };
    const { client, emulator } = emulatedBedrock();
    emulator.script(turn, turn);
    const plain = await createMessage(client, params);
    const stream = streamMessage(client, params);
    const texts: string[] = [];
    stream.on('text', (text) => texts.push(text));
    const final = await stream.finalMessage();
    const { _request_id: _ignored, ...plainFields } = plain as typeof plain & { _request_id?: unknown };
    // A stream's final message also carries parsed_output (null without a structured-output format).
    expect(final).toEqual({ ...plainFields, parsed_output: null });
    expect(texts.join('')).toBe('Paris is sunny — 😀 promise!');
    expect(emulator.requests[1]!.path).toBe(`/model/${MODEL}/invoke-with-response-stream`);
    expect(emulator.requests[1]!.body).not.toHaveProperty('stream');
  });

  it('create({ stream: true }) yields the raw events, Bedrock extras left in place', async () => {
    const { client } = emulatedBedrock();
    const stream = await createMessageStream(client, params);
    const events = [];
    for await (const event of stream) events.push(event);
    expect(events[0]?.type).toBe('message_start');
    expect(events.at(-1)).toMatchObject({
      type: 'message_stop',
      'amazon-bedrock-invocationMetrics': { inputTokenCount: expect.any(Number) },
    });
  });

  it('a mid-stream throttlingException frame throws RateLimitError after the content so far', async () => {
    const { client, emulator } = emulatedBedrock();
    emulator.fault({
      sseErrorAfterEvents: 4,
      errorType: 'rate_limit_error',
      message: 'Too many requests, please wait before trying again.',
    });
    const stream = await createMessageStream(client, params);
    const types: string[] = [];
    const error = await (async () => {
      for await (const event of stream) types.push(event.type);
    })().catch((caught: unknown) => caught);
    expect(types).toEqual(['message_start', 'content_block_start', 'content_block_delta']);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      status: undefined,
      type: 'rate_limit_error',
      message: 'throttlingException: Too many requests, please wait before trying again.',
    });
  });

  it('retries a retryable exception frame that arrives before any content, signing again', async () => {
    const { client, emulator } = emulatedBedrock({ maxRetries: 1 });
    emulator.fault({ sseErrorAfterEvents: 1, errorType: 'rate_limit_error' });
    expect((await skippingBackoff(() => streamMessage(client, params).finalMessage())).type).toBe('message');
    const signatures = emulator.requests.map((request) => request.headers.get('authorization'));
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).not.toBe(signatures[1]);
  });

  it('maps validationException to BadRequestError and an unknown exception to api_error', async () => {
    const { client, emulator } = emulatedBedrock();
    emulator.fault(
      { sseErrorAfterEvents: 2, exceptionType: 'validationException', message: 'bad input' },
      { sseErrorAfterEvents: 2, exceptionType: 'someNewException', message: 'new' },
    );
    await expect(streamMessage(client, params).finalMessage()).rejects.toMatchObject({
      constructor: BadRequestError,
      message: 'validationException: bad input',
    });
    await expect(streamMessage(client, params).finalMessage()).rejects.toMatchObject({
      type: 'api_error',
      message: 'someNewException: new',
    });
  });

  it('a frame with a bad CRC fails the stream with APIConnectionError instead of stalling', async () => {
    const { client, emulator } = emulatedBedrock();
    emulator.fault({ corruptFrameAfterEvents: 3 });
    const error = await streamMessage(client, params)
      .finalMessage()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/^The Bedrock event stream is corrupt at frame 4: The message checksum/);
  });

  it('a stream that ends inside a frame fails with APIConnectionError', async () => {
    const { client, emulator } = emulatedBedrock();
    emulator.fault({ truncateFrameAfterEvents: 2 });
    const error = await streamMessage(client, params)
      .finalMessage()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(
      /^The Bedrock event stream ended inside frame 3: \d+ bytes of an incomplete frame were received\.$/,
    );
  });
});

describe('legacy completions', () => {
  const LEGACY_VERSION = { 'anthropic-version': '2023-06-01' };
  const completion = {
    model: 'anthropic.claude-3-haiku-20240307-v1:0',
    prompt: '\n\nHuman: Hi there\n\nAssistant:',
    max_tokens_to_sample: 64,
  };

  it('creates a completion through /model/{model}/invoke', async () => {
    const { client, emulator } = emulatedBedrock();
    // As @anth/messages' createCompletion sends it: the legacy version, which becomes the body's.
    const result = await client.post<Completion>('/v1/complete', { body: completion, headers: LEGACY_VERSION });
    expect(result.completion).toBe(' Hello! You said: "Hi there"');
    expect(emulator.requests[0]!.path).toBe('/model/anthropic.claude-3-haiku-20240307-v1:0/invoke');
    expect(emulator.requests[0]!.body).toMatchObject({ anthropic_version: '2023-06-01' });
    expect(emulator.requests[0]!.headers.has('anthropic-version')).toBe(false);
  });

  it('streams completion chunks that carry no type as completion events', async () => {
    const { client } = emulatedBedrock();
    const stream = await client.request<AsyncIterable<Completion>>(
      {
        method: 'post',
        path: '/v1/complete',
        body: { ...completion, stream: true },
        stream: true,
        headers: LEGACY_VERSION,
      },
      parseSSEStream,
    );
    let text = '';
    for await (const chunk of stream) text += chunk.completion;
    expect(text).toBe(' Hello! You said: "Hi there"');
  });
});

describe('endpoints Bedrock lacks fail before anything is sent', () => {
  it.each([
    ['post', '/v1/messages/count_tokens', 'POST /v1/messages/count_tokens'],
    ['post', '/v1/messages/batches', 'POST /v1/messages/batches'],
    ['get', '/v1/messages/batches/msgbatch_1/results', 'GET /v1/messages/batches/msgbatch_1/results'],
    ['get', '/v1/models', 'GET /v1/models'],
    ['get', '/v1/files?beta=true', 'GET /v1/files'],
    ['post', '/v1/skills', 'POST /v1/skills'],
    ['get', '/v1/messages', 'GET /v1/messages'],
  ] as const)('%s %s', async (method, path, endpoint) => {
    const { client, emulator } = emulatedBedrock({ maxRetries: 2 });
    const error = await client[method](path, method === 'post' ? { body: params } : {}).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      `${endpoint} is not supported by AnthropicBedrock: it serves messages (POST /v1/messages) and legacy completions (POST /v1/complete).`,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('a messages body without a model is refused before sending', async () => {
    const { client, emulator } = emulatedBedrock();
    await expect(client.post('/v1/messages', { body: { max_tokens: 1, messages: [] } })).rejects.toThrow(
      /Expected `model`/,
    );
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('credential options Bedrock does not take', () => {
  it.each(['authToken', 'credentials', 'config', 'profile'])(
    'refuses %s at construction with an AnthropicError naming it and what to pass instead',
    (name) => {
      const options = { ...TEST_KEYS, [name]: name === 'credentials' ? async () => ({}) : 'x' };
      expect(() => new AnthropicBedrock(options)).toThrow(AnthropicError);
      expect(() => new AnthropicBedrock(options)).toThrow(
        `AnthropicBedrock does not take \`${name}\`: pass \`apiKey\` (a Bedrock API key), AWS credentials`,
      );
    },
  );

  it('names every refused option given, and takes null for one (none given)', () => {
    expect(() => new AnthropicBedrock({ ...TEST_KEYS, ...{ authToken: 'a', profile: 'p' } })).toThrow(
      /^AnthropicBedrock does not take `authToken` or `profile`:/,
    );
    expect(() => new AnthropicBedrock({ ...TEST_KEYS, ...{ authToken: null } })).not.toThrow();
  });
});
