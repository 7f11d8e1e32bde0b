import { APIConnectionTimeoutError } from '@anth/core';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicVertex } from './anthropic-vertex.js';
import { authorizations, ENV_NAMES, mintingProvider, PARAMS, streamMessage } from './test-helpers.js';

// Over real sockets on 127.0.0.1: the Vertex base URL is the served backend's `url` (its `/v1`).
let emulator: RunningEmulator<'vertex'>;
beforeEach(async () => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
  emulator = await startEmulator({ backends: { vertex: { authTokens: ['ya29.net-1', 'ya29.net-2', 'ya29.net-3'] } } });
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});

describe('AnthropicVertex over HTTP', () => {
  it('streams from :streamRawPredict after a throttled attempt, with a new token for the retry', async () => {
    const { provider } = mintingProvider('ya29.net');
    const client = new AnthropicVertex({
      region: 'us-east5',
      projectId: 'p',
      baseURL: `${emulator.vertex.url}`,
      accessToken: provider,
      maxRetries: 1,
    });
    emulator.vertex.fault({ status: 429, headers: { 'retry-after-ms': '5' } });
    emulator.vertex.script({ content: [{ type: 'text', text: 'Over a real socket.' }] });
    const stream = streamMessage(client, PARAMS);
    let text = '';
    for await (const delta of stream.textStream) text += delta;
    expect(text).toBe('Over a real socket.');
    expect(authorizations(emulator.vertex)).toEqual(['Bearer ya29.net-1', 'Bearer ya29.net-2']);
    expect(emulator.vertex.requests[1]?.path).toBe(
      '/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:streamRawPredict',
    );
  });

  it('a slow Vertex response times out like any request (the timeout covers the rewritten request)', async () => {
    const { provider } = mintingProvider('ya29.net');
    const client = new AnthropicVertex({
      region: 'us-east5',
      projectId: 'p',
      baseURL: `${emulator.vertex.url}`,
      accessToken: provider,
      maxRetries: 0,
      timeout: 50,
    });
    emulator.vertex.fault({ latencyMs: 2_000 });
    await expect(client.post('/v1/messages', { body: PARAMS })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });
});
