import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../../create-emulator-fetch.js';
import { startEmulator } from '../../start-emulator.js';
import { readServerSentEvents } from '../../testing/request-helpers.js';

const HOST = 'https://us-east5-aiplatform.googleapis.com';
const MODEL_PATH = '/v1/projects/my-project/locations/us-east5/publishers/anthropic/models';
const TOKEN = 'ya29.test-token';

function vertex() {
  return createEmulatorFetch({ backend: 'vertex', authTokens: [TOKEN] });
}

function post(
  emulator: ReturnType<typeof vertex>,
  url: string,
  body: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
) {
  return emulator(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const messageBody = (overrides: Record<string, unknown> = {}) => ({
  anthropic_version: 'vertex-2023-10-16',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hello from Vertex' }],
  ...overrides,
});

describe('vertex backend: URL layout and body rules', () => {
  it(':rawPredict answers a Message, with the model taken from the URL', async () => {
    const emulator = vertex();
    const response = await post(emulator, `${HOST}${MODEL_PATH}/claude-sonnet-4-5@20250929:rawPredict`, messageBody());
    expect(response.status).toBe(200);
    const message = (await response.json()) as Record<string, unknown>;
    expect(message).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-sonnet-4-5-20250929' });
    expect(JSON.stringify(message['content'])).toContain('Hello from Vertex');
    // The recorded request is what the client sent, untouched by the translation.
    expect(emulator.requests[0]?.body).toEqual(messageBody());
  });

  it('accepts anthropic_version 2026-10-21, what the official SDK 1.x sends', async () => {
    const emulator = vertex();
    const url = `${HOST}${MODEL_PATH}/claude-sonnet-4-5@20250929:rawPredict`;
    expect((await post(emulator, url, messageBody({ anthropic_version: '2026-10-21' }))).status).toBe(200);
  });

  it(':streamRawPredict answers SSE events', async () => {
    const response = await post(
      vertex(),
      `${HOST}${MODEL_PATH}/claude-sonnet-4-5:streamRawPredict`,
      messageBody({ stream: true }),
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = await readServerSentEvents(response);
    expect(events[0]?.event).toBe('message_start');
    expect(events.at(-1)?.event).toBe('message_stop');
  });

  it('count-tokens:rawPredict keeps the model in the body', async () => {
    const emulator = vertex();
    const response = await post(
      emulator,
      `${HOST}${MODEL_PATH}/count-tokens:rawPredict`,
      messageBody({ model: 'claude-sonnet-4-5@20250929', max_tokens: undefined }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ input_tokens: expect.any(Number) });
  });

  it('rejects what the client should have rewritten, in the Anthropic error shape', async () => {
    const emulator = vertex();
    const cases: Array<[url: string, body: unknown, message: string]> = [
      [
        `${HOST}${MODEL_PATH}/claude-sonnet-4-5:rawPredict`,
        messageBody({ anthropic_version: undefined }),
        'anthropic_version: Field required',
      ],
      [
        `${HOST}${MODEL_PATH}/claude-sonnet-4-5:rawPredict`,
        messageBody({ anthropic_version: '2023-06-01' }),
        "anthropic_version: Input should be 'vertex-2023-10-16' or '2026-10-21'",
      ],
      [
        `${HOST}${MODEL_PATH}/claude-sonnet-4-5:rawPredict`,
        messageBody({ model: 'claude-sonnet-4-5' }),
        'model: Extra inputs are not permitted (on Vertex AI the model is part of the URL)',
      ],
      [
        `${HOST}${MODEL_PATH}/claude-sonnet-4-5:streamRawPredict`,
        messageBody(),
        'stream: :streamRawPredict requires "stream": true',
      ],
      [
        `${HOST}${MODEL_PATH}/claude-sonnet-4-5:rawPredict`,
        messageBody({ stream: true }),
        'stream: use :streamRawPredict to stream',
      ],
      [`${HOST}${MODEL_PATH}/count-tokens:rawPredict`, messageBody(), 'model: Field required'],
    ];
    for (const [url, body, message] of cases) {
      const response = await post(emulator, url, body);
      expect(response.status, message).toBe(400);
      expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message } });
    }
  });

  it('rejects query parameters (?beta=true) and a location the host does not serve, in the Google error shape', async () => {
    const emulator = vertex();
    const withQuery = await post(
      emulator,
      `${HOST}${MODEL_PATH}/claude-sonnet-4-5:rawPredict?beta=true`,
      messageBody(),
    );
    expect(withQuery.status).toBe(400);
    expect(await withQuery.json()).toEqual({
      error: {
        code: 400,
        status: 'INVALID_ARGUMENT',
        message: `Invalid JSON payload received. Unknown name "beta": Cannot bind query parameter. Field 'beta' could not be found in request message.`,
      },
    });
    const wrongHost = await post(
      emulator,
      `https://aiplatform.googleapis.com${MODEL_PATH}/claude-sonnet-4-5:rawPredict`,
      messageBody(),
    );
    expect(await wrongHost.json()).toMatchObject({
      error: {
        code: 400,
        message: 'Location us-east5 is not served by the endpoint aiplatform.googleapis.com (it serves global).',
      },
    });
    const global = await post(
      emulator,
      'https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/anthropic/models/claude-sonnet-4-5:rawPredict',
      messageBody(),
    );
    expect(global.status).toBe(200);
    const multiRegion = await post(
      emulator,
      'https://aiplatform.eu.rep.googleapis.com/v1/projects/p/locations/eu/publishers/anthropic/models/claude-sonnet-4-5:rawPredict',
      messageBody(),
    );
    expect(multiRegion.status).toBe(200);
  });

  it('answers an unknown model with a Google 404, and the first-party path with a 404', async () => {
    const emulator = vertex();
    const unknown = await post(emulator, `${HOST}${MODEL_PATH}/claude-nonexistent:rawPredict`, messageBody());
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      error: { status: 'NOT_FOUND', message: expect.stringContaining('models/claude-nonexistent') },
    });
    const firstParty = await post(emulator, `${HOST}/v1/messages`, messageBody({ model: 'claude-sonnet-4-5' }));
    expect(firstParty.status).toBe(404);
  });
});

describe('vertex backend: auth', () => {
  const url = `${HOST}${MODEL_PATH}/claude-sonnet-4-5:rawPredict`;

  it('requires a bearer token from authTokens; an x-api-key does not count', async () => {
    const emulator = vertex();
    const missing = await post(emulator, url, messageBody(), { 'x-api-key': 'sk-ant-emulator' });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({
      error: { code: 401, status: 'UNAUTHENTICATED', details: [{ reason: 'CREDENTIALS_MISSING' }] },
    });
    const wrong = await post(emulator, url, messageBody(), { authorization: 'Bearer ya29.other' });
    expect(wrong.status).toBe(401);
    expect((await post(emulator, url, messageBody())).status).toBe(200);
  });

  it('expireToken: that token gets ACCESS_TOKEN_EXPIRED from then on, another accepted token works', async () => {
    const emulator = createEmulatorFetch({ backend: 'vertex', authTokens: ['ya29.one', 'ya29.two'] });
    emulator.expireToken('ya29.one');
    const expired = await post(emulator, url, messageBody(), { authorization: 'Bearer ya29.one' });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { details: [{ reason: 'ACCESS_TOKEN_EXPIRED' }] } });
    expect((await post(emulator, url, messageBody(), { authorization: 'Bearer ya29.two' })).status).toBe(200);
    emulator.reset();
    expect((await post(emulator, url, messageBody(), { authorization: 'Bearer ya29.one' })).status).toBe(200);
  });

  it('needs no anthropic-version header (the version is in the body)', async () => {
    const emulator = vertex();
    const response = await post(emulator, url, messageBody());
    expect(emulator.requests[0]?.headers.get('anthropic-version')).toBeNull();
    expect(response.status).toBe(200);
  });

  it('POST /token issues tokens the model routes then accept', async () => {
    const emulator = vertex();
    const form = (fields: Record<string, string>) =>
      emulator(`${HOST}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
    const issued = await form({ grant_type: 'refresh_token', refresh_token: 'refresh-1' });
    const { access_token: accessToken, expires_in: expiresIn } = (await issued.json()) as {
      access_token: string;
      expires_in: number;
    };
    expect(expiresIn).toBe(3599);
    expect((await post(emulator, url, messageBody(), { authorization: `Bearer ${accessToken}` })).status).toBe(200);
    expect((await form({ grant_type: 'password' })).status).toBe(400);
    expect(await (await form({ grant_type: 'refresh_token' })).json()).toEqual({
      error: 'invalid_request',
      error_description: 'Missing required parameter: refresh_token',
    });
  });

  it('a throttling fault answers 429 with retry-after, then the next request goes through', async () => {
    const emulator = vertex();
    emulator.fault({ status: 429, headers: { 'retry-after': '1' } });
    const throttled = await post(emulator, url, messageBody());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect((await post(emulator, url, messageBody())).status).toBe(200);
  });
});

describe('vertex backend over HTTP', () => {
  it('streams SSE over a real socket, at the base URL a Vertex client takes', async () => {
    const server = await startEmulator({ backends: { vertex: { authTokens: [TOKEN] } } });
    try {
      expect(server.vertex.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const response = await fetch(
        `${server.vertex.url}${MODEL_PATH.replace('/v1/', '/').replace('us-east5', 'us-central1')}/claude-sonnet-4-5:streamRawPredict`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify(messageBody({ stream: true })),
        },
      );
      const events = await readServerSentEvents(response);
      expect(events.map((event) => event.event)).toContain('content_block_delta');
    } finally {
      await server.close();
    }
  });
});
