import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../../create-emulator-fetch.js';
import { readServerSentEvents } from '../../testing/request-helpers.js';

const BASE = 'https://my-resource.services.ai.azure.com/anthropic';
const body = (overrides: Record<string, unknown> = {}) => ({
  model: 'claude-sonnet-4-5',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hello from Foundry' }],
  ...overrides,
});

function foundry() {
  return createEmulatorFetch({ backend: 'foundry', apiKeys: ['foundry-key'], authTokens: ['entra-1', 'entra-2'] });
}

function post(emulator: ReturnType<typeof foundry>, path: string, payload: unknown, headers: Record<string, string>) {
  return emulator(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers },
    body: JSON.stringify(payload),
  });
}

describe('foundry backend', () => {
  it('serves the first-party wire under /anthropic with an api-key (or x-api-key) header', async () => {
    const emulator = foundry();
    const viaApiKey = await post(emulator, '/v1/messages', body(), { 'api-key': 'foundry-key' });
    expect(viaApiKey.status).toBe(200);
    expect(await viaApiKey.json()).toMatchObject({ type: 'message', model: 'claude-sonnet-4-5' });
    expect((await post(emulator, '/v1/messages?beta=true', body(), { 'x-api-key': 'foundry-key' })).status).toBe(200);
    const count = await post(
      emulator,
      '/v1/messages/count_tokens',
      { model: 'claude-sonnet-4-5', messages: body()['messages'] },
      { 'api-key': 'foundry-key' },
    );
    expect(await count.json()).toEqual({ input_tokens: expect.any(Number) });
  });

  it('streams SSE', async () => {
    const response = await post(foundry(), '/v1/messages', body({ stream: true }), { authorization: 'Bearer entra-1' });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect((await readServerSentEvents(response)).at(-1)?.event).toBe('message_stop');
  });

  it('has no batches, no models, and nothing outside /anthropic', async () => {
    const emulator = foundry();
    expect((await post(emulator, '/v1/messages/batches', { requests: [] }, { 'api-key': 'foundry-key' })).status).toBe(
      404,
    );
    expect(
      (
        await emulator(`${BASE}/v1/models`, {
          headers: { 'api-key': 'foundry-key', 'anthropic-version': '2023-06-01' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await emulator('https://my-resource.services.ai.azure.com/v1/messages', {
          method: 'POST',
          headers: { 'api-key': 'foundry-key' },
          body: JSON.stringify(body()),
        })
      ).status,
    ).toBe(404);
  });

  it('rejects a wrong key or token with Azure-shaped 401s, and an expired token until a new one arrives', async () => {
    const emulator = foundry();
    const wrongKey = await post(emulator, '/v1/messages', body(), { 'api-key': 'nope' });
    expect(wrongKey.status).toBe(401);
    expect(await wrongKey.json()).toEqual({
      error: { code: '401', message: expect.stringContaining('invalid subscription key') },
    });
    expect((await post(emulator, '/v1/messages', body(), {})).status).toBe(401);
    emulator.expireToken('entra-1');
    const expired = await post(emulator, '/v1/messages', body(), { authorization: 'Bearer entra-1' });
    expect(await expired.json()).toEqual({
      error: { code: '401', message: expect.stringContaining('or have expired') },
    });
    expect((await post(emulator, '/v1/messages', body(), { authorization: 'Bearer entra-2' })).status).toBe(200);
  });

  it('checks anthropic-version like the first-party API: required, 2026-10-21 served, unknown values refused', async () => {
    const emulator = foundry();
    const response = await emulator(`${BASE}/v1/messages`, {
      method: 'POST',
      headers: { 'api-key': 'foundry-key', 'content-type': 'application/json' },
      body: JSON.stringify(body()),
    });
    expect(response.status).toBe(400);
    const current = await post(emulator, '/v1/messages', body(), {
      'x-api-key': 'foundry-key',
      'anthropic-version': '2026-10-21',
    });
    expect(current.status).toBe(200);
    const unknown = await post(emulator, '/v1/messages', body(), {
      'x-api-key': 'foundry-key',
      'anthropic-version': '2099-01-01',
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      error: { message: 'anthropic-version: "2099-01-01" is not a valid version' },
    });
  });
});
