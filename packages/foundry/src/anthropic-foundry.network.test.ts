import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicFoundry } from './anthropic-foundry.js';
import { authorizations, ENV_NAMES, mintingProvider, PARAMS, streamMessage } from './test-helpers.js';

// Over real sockets on 127.0.0.1: the Foundry base URL is the served backend's `url` (its `/anthropic`).
let emulator: RunningEmulator<'foundry'>;
beforeEach(async () => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
  emulator = await startEmulator({
    backends: { foundry: { apiKeys: ['foundry-key'], authTokens: ['entra-1', 'entra-2'] } },
  });
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});

describe('AnthropicFoundry over HTTP', () => {
  it('streams with an API key after a throttled attempt', async () => {
    const client = new AnthropicFoundry({ baseURL: `${emulator.foundry.url}`, apiKey: 'foundry-key', maxRetries: 1 });
    emulator.foundry.fault({ status: 429, headers: { 'retry-after-ms': '5' } });
    emulator.foundry.script({ content: [{ type: 'text', text: 'Over a real socket.' }] });
    const final = await streamMessage(client, PARAMS).finalMessage();
    expect(final.content).toEqual([{ type: 'text', text: 'Over a real socket.', citations: null }]);
    expect(emulator.foundry.requests.map((request) => request.path)).toEqual([
      '/anthropic/v1/messages',
      '/anthropic/v1/messages',
    ]);
  });

  it('refreshes an expired Entra token once, resending the same body over the wire', async () => {
    const { provider } = mintingProvider('entra');
    const client = new AnthropicFoundry({ baseURL: `${emulator.foundry.url}`, azureADTokenProvider: provider });
    emulator.foundry.expireToken('entra-1');
    const { input_tokens: inputTokens } = await client.post<{ input_tokens: number }>('/v1/messages/count_tokens', {
      body: { model: PARAMS.model, messages: PARAMS.messages },
    });
    expect(inputTokens).toBeGreaterThan(0);
    expect(authorizations(emulator.foundry)).toEqual(['Bearer entra-1', 'Bearer entra-2']);
    expect(emulator.foundry.requests[1]?.rawBody).toBe(emulator.foundry.requests[0]?.rawBody);
  });
});
