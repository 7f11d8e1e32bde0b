import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulatorFetch } from '@anth/emulator';
import {
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  OverloadedError,
  RateLimitError,
  RequestTooLargeError,
} from '../errors/status-errors.js';
import { Anthropic } from './anthropic.js';
import { path } from './encode-path.js';
import type { ClientOptions } from './options.js';

// Logic tests against the emulator through injected fetch (no sockets): the other side of the
// wire checks what the client sends.

beforeEach(() => {
  for (const name of [
    'ANTHROPIC_API_KEY',
    'ANTHROPIC_AUTH_TOKEN',
    'ANTHROPIC_BASE_URL',
    'ANTHROPIC_LOG',
    'ANTHROPIC_CUSTOM_HEADERS',
  ])
    vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function emulated(options: ClientOptions = {}) {
  const emulator = createEmulatorFetch();
  const client = new Anthropic({
    apiKey: 'sk-ant-emulator',
    baseURL: 'http://emulator.test',
    fetch: emulator,
    logLevel: 'off',
    ...options,
  });
  return { client, emulator };
}

type Message = {
  id: string;
  type: string;
  content: Array<{ type: string; text?: string }>;
  _request_id?: string | null;
};
const params = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hello' }] };

describe('against the emulator', () => {
  it('authenticates with the API key and sends a valid message request', async () => {
    const { client, emulator } = emulated();
    emulator.script({ content: [{ type: 'text', text: 'Hi from the emulator' }] });
    const { data, request_id } = await client.post<Message>('/v1/messages', { body: params }).withResponse();
    expect(data.type).toBe('message');
    expect(data.content[0]!.text).toBe('Hi from the emulator');
    expect(request_id).toMatch(/^req_/);
    expect(data._request_id).toBe(request_id);
    const seen = emulator.requests[0]!;
    expect(seen.method).toBe('POST');
    expect(seen.path).toBe('/v1/messages');
    expect(seen.body).toEqual(params);
    expect(seen.headers.get('content-type')).toBe('application/json');
  });

  it('authenticates with a bearer token', async () => {
    const { client } = emulated({ apiKey: null, authToken: 'emulator-token' });
    await expect(client.get('/v1/models')).resolves.toBeDefined();
  });

  it('maps a rejected key to AuthenticationError with a human message and the request id', async () => {
    const { client } = emulated({ apiKey: 'sk-wrong' });
    const error = (await client.get('/v1/models').catch((caught: unknown) => caught)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('401 invalid x-api-key');
    expect(error.type).toBe('authentication_error');
    expect(error.requestID).toMatch(/^req_/);
    expect(error.message).not.toContain('sk-wrong');
  });

  it('the server rejects a request whose anthropic-version was removed', async () => {
    const { client } = emulated();
    const error = await client
      .get('/v1/models', { headers: { 'anthropic-version': null } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toBe('400 anthropic-version: header is required');
  });

  it('retries a scripted 529 and succeeds, the server seeing the retry count', async () => {
    const { client, emulator } = emulated();
    emulator.fault({ status: 529, headers: { 'retry-after-ms': '1' } });
    await expect(client.get('/v1/models')).resolves.toBeDefined();
    expect(emulator.requests.map((request) => request.headers.get('x-stainless-retry-count'))).toEqual(['0', '1']);
  });

  it('honours x-should-retry: false from the server', async () => {
    const { client, emulator } = emulated();
    emulator.fault({ status: 529, headers: { 'x-should-retry': 'false' } });
    await expect(client.get('/v1/models')).rejects.toBeInstanceOf(OverloadedError);
    expect(emulator.requests).toHaveLength(1);
  });

  it('throws a long retry-after at once with retryAfterMs', async () => {
    const { client, emulator } = emulated();
    emulator.fault({ status: 429, headers: { 'retry-after': '90' } });
    const error = (await client.get('/v1/models').catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(90_000);
    expect(error.headers?.get('retry-after')).toBe('90');
    expect(emulator.requests).toHaveLength(1);
  });

  it('maps 413 to RequestTooLargeError and keeps a proxy text body', async () => {
    const { client, emulator } = emulated({ maxRetries: 0 });
    emulator.fault({ status: 413 }, { status: 502, body: 'upstream connect error' });
    await expect(client.get('/v1/models')).rejects.toBeInstanceOf(RequestTooLargeError);
    const error = (await client.get('/v1/models').catch((caught: unknown) => caught)) as {
      error: unknown;
      message: string;
    };
    expect(error.error).toBe('upstream connect error');
    expect(error.message).toBe('502 upstream connect error');
  });

  it('retries a dropped connection (injected fetch rejects like fetch does)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { client, emulator } = emulated();
      emulator.fault({ dropConnection: true });
      const promise = client.get('/v1/models');
      await vi.advanceTimersByTimeAsync(500);
      await expect(promise).resolves.toBeDefined();
      expect(emulator.requests).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('encodes path parameters so an id cannot reach another endpoint', async () => {
    const { client, emulator } = emulated();
    await expect(client.get(path`/v1/models/${'claude-sonnet-4-5/../../v1/messages'}`)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(emulator.requests[0]!.url).toContain('/v1/models/claude-sonnet-4-5%2F..%2F..%2Fv1%2Fmessages');
    const model = await client.get<{ id: string }>(path`/v1/models/${'claude-sonnet-4-5'}`);
    expect(model.id).toMatch(/^claude-sonnet-4-5/); // an alias resolves to the dated id
  });
});
