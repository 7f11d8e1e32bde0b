import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { AuthenticationError, PaymentRequiredError, RateLimitError } from '../errors/status-errors.js';
import { recordingLogger } from '../transport/test-fetch.js';
import { Anthropic } from './anthropic.js';
import type { ClientOptions } from './options.js';

// API version 2026-10-21 over real sockets on 127.0.0.1: what the emulator's server receives and
// accepts, and the escape hatches for proxies that need the old scheme.

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  for (const name of ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_CUSTOM_HEADERS'])
    vi.stubEnv(name, undefined);
});
afterEach(() => {
  server.reset();
  vi.unstubAllEnvs();
});

function clientFor(options: ClientOptions = {}): Anthropic {
  return new Anthropic({ apiKey: 'sk-ant-emulator', baseURL: server.url, maxRetries: 0, logLevel: 'off', ...options });
}

const params = { model: 'claude-opus-4-6', max_tokens: 16, messages: [{ role: 'user', content: 'Hello' }] };

describe('API version 2026-10-21 over real sockets', () => {
  it('sends the API key as a Bearer value with anthropic-version 2026-10-21, and the server accepts it', async () => {
    const page = await clientFor().get<{ data: unknown[] }>('/v1/models');
    expect(page.data.length).toBeGreaterThan(0);
    const [seen] = server.requests;
    expect(seen?.headers.get('authorization')).toBe('Bearer sk-ant-emulator');
    expect(seen?.headers.has('x-api-key')).toBe(false);
    expect(seen?.headers.get('anthropic-version')).toBe('2026-10-21');
  });

  it('a wrong key is an AuthenticationError with the server’s message and no errorCode (none sent)', async () => {
    const error = await clientFor({ apiKey: 'sk-ant-wrong' })
      .get('/v1/models')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, apiMessage: 'invalid x-api-key', errorCode: null, details: null });
    expect((error as Error).message).not.toContain('sk-ant-wrong');
  });

  it('reads errorCode and details from the body when the server sends them', async () => {
    server.fault(
      { status: 401, errorCode: 'api_key_revoked', message: 'This API key was revoked.' },
      { status: 429, errorCode: 'enforced_spend_limit_reached', details: { limit_usd: 100 } },
      { status: 402, errorCode: 'linked_organization_spend_limit_reached' },
    );
    const client = clientFor();
    const failures = [];
    for (let index = 0; index < 3; index += 1)
      failures.push(await client.post('/v1/messages', { body: params }).catch((caught: unknown) => caught));
    expect(failures[0]).toBeInstanceOf(AuthenticationError);
    expect(failures[0]).toMatchObject({ errorCode: 'api_key_revoked', apiMessage: 'This API key was revoked.' });
    expect(failures[1]).toBeInstanceOf(RateLimitError);
    expect(failures[1]).toMatchObject({
      errorCode: 'enforced_spend_limit_reached',
      details: { error_code: 'enforced_spend_limit_reached', limit_usd: 100 },
    });
    expect(failures[2]).toBeInstanceOf(PaymentRequiredError);
    expect(failures[2]).toMatchObject({ errorCode: 'linked_organization_spend_limit_reached' });
  });

  it('a hand-set x-api-key default header with authorization: null still works (the old scheme, for proxies)', async () => {
    const client = new Anthropic({
      baseURL: server.url,
      maxRetries: 0,
      defaultHeaders: { 'x-api-key': 'sk-ant-emulator', authorization: null },
    });
    await expect(client.post('/v1/messages', { body: params })).resolves.toMatchObject({ type: 'message' });
    const [seen] = server.requests;
    expect(seen?.headers.get('x-api-key')).toBe('sk-ant-emulator');
    expect(seen?.headers.has('authorization')).toBe(false);
  });

  it('an overridden anthropic-version reaches the server; a value the types do not describe warns once', async () => {
    const { logger, lines } = recordingLogger();
    const legacy = clientFor({ defaultHeaders: { 'anthropic-version': '2023-06-01' }, logger, logLevel: 'warn' });
    await expect(legacy.post('/v1/messages', { body: params })).resolves.toMatchObject({ type: 'message' });
    await legacy.post('/v1/messages', { body: params });
    const unknown = clientFor({ logger, logLevel: 'warn' });
    const refused = await unknown
      .post('/v1/messages', { body: params, headers: { 'anthropic-version': '2031-01-01' } })
      .catch((caught: unknown) => caught);
    expect(refused).toMatchObject({
      status: 400,
      apiMessage: 'anthropic-version: "2031-01-01" is not a valid version',
    });
    expect(server.requests.map((request) => request.headers.get('anthropic-version'))).toEqual([
      '2023-06-01',
      '2023-06-01',
      '2031-01-01',
    ]);
    const warnings = lines.filter((line) => line.level === 'warn').map((line) => String(line.args[0]));
    expect(warnings).toEqual([
      'anthropic-version is set to "2023-06-01"; this SDK\'s types describe 2026-10-21, so requests and replies may not match them.',
      'anthropic-version is set to "2031-01-01"; this SDK\'s types describe 2026-10-21, so requests and replies may not match them.',
    ]);
  });

  it('sends removed sampling params as given: the server receives temperature (and accepts it)', async () => {
    await clientFor().post('/v1/messages', { body: { ...params, temperature: 0.3, top_k: 4 } });
    expect(server.requests[0]?.body).toMatchObject({ temperature: 0.3, top_k: 4 });
  });
});
