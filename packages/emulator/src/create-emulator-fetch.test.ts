import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from './create-emulator-fetch.js';
import { API_HEADERS, BASE_URL, createMessageBody } from './testing/request-helpers.js';

describe('createEmulatorFetch', () => {
  it('is a fetch with the controls on it: a scripted reply comes back, and the request is recorded', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({ content: [{ type: 'text', text: 'Scripted.' }] });
    const response = await emulator(`${BASE_URL}/v1/messages`, {
      method: 'POST',
      headers: API_HEADERS,
      body: JSON.stringify(createMessageBody()),
    });
    expect(await response.json()).toMatchObject({ content: [{ type: 'text', text: 'Scripted.' }] });
    expect(emulator.requests.map((request) => request.path)).toEqual(['/v1/messages']);
    // The controls are plain properties: spreading them off the function keeps them working.
    const { requests, reset } = emulator;
    reset();
    expect(requests).toEqual([]);
  });

  it('answers any origin the client sends to', async () => {
    const emulator = createEmulatorFetch();
    for (const origin of ['https://api.anthropic.com', 'http://emulator.test', 'http://localhost:1'])
      expect((await emulator(`${origin}/v1/models`, { headers: API_HEADERS })).status).toBe(200);
  });

  it('emulates the backend named by `backend`', async () => {
    const vertex = createEmulatorFetch({ backend: 'vertex', authTokens: ['ya29.t'] });
    const predict = (headers: Record<string, string>) =>
      vertex(`${BASE_URL}/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5:rawPredict`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          anthropic_version: 'vertex-2023-10-16',
          max_tokens: 16,
          messages: [{ role: 'user', content: 'Hi' }],
        }),
      });
    expect((await predict({ authorization: 'Bearer ya29.t' })).status).toBe(200);
    // Without a token: Google's error shape, not Anthropic's.
    expect(await (await predict({})).json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
    const bedrock = createEmulatorFetch({ backend: 'bedrock', apiKeys: ['bedrock-key'] });
    const onBedrock = await bedrock(`${BASE_URL}/model/anthropic.claude-sonnet-4-5-20250929-v1:0/invoke`, {
      method: 'POST',
      headers: { authorization: 'Bearer bedrock-key', 'content-type': 'application/json' },
      body: JSON.stringify({
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: 16,
        messages: [{ role: 'user', content: 'Hi' }],
      }),
    });
    expect(onBedrock.status).toBe(200);
    expect(bedrock.requests).toHaveLength(1);
    // The first-party path is not served by a cloud backend.
    expect((await bedrock(`${BASE_URL}/v1/messages`, { method: 'POST', headers: API_HEADERS })).status).not.toBe(200);
  });

  it('refuses a backend it does not know, and options that are not an object', () => {
    expect(() => createEmulatorFetch({ backend: 'azure' as 'vertex' })).toThrow(
      new RangeError('backend must be one of anthropic, bedrock, vertex, foundry; got "azure"'),
    );
    expect(() => createEmulatorFetch(null as never)).toThrow(
      new TypeError('createEmulatorFetch options must be an object, got null'),
    );
  });
});
