import { createEmulator, startEmulatorServer, type EmulatorServer } from '@anth-apps/emulator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicFoundry } from './anthropic-foundry.js';
import { authorizations, ENV_NAMES, mintingProvider, PARAMS, streamMessage } from './test-helpers.js';

// Over real sockets on 127.0.0.1: the Foundry base URL is the server's `/anthropic`.
let server: EmulatorServer;
beforeEach(async () => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
  server = await startEmulatorServer(
    createEmulator({ backend: 'foundry', apiKeys: ['foundry-key'], authTokens: ['entra-1', 'entra-2'] }),
  );
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

describe('AnthropicFoundry over HTTP', () => {
  it('streams with an API key after a throttled attempt', async () => {
    const client = new AnthropicFoundry({ baseURL: `${server.url}/anthropic`, apiKey: 'foundry-key', maxRetries: 1 });
    server.emulator.fault({ status: 429, headers: { 'retry-after-ms': '5' } });
    server.emulator.script({ content: [{ type: 'text', text: 'Over a real socket.' }] });
    const final = await streamMessage(client, PARAMS).finalMessage();
    expect(final.content).toEqual([{ type: 'text', text: 'Over a real socket.', citations: null }]);
    expect(server.emulator.requests.map((request) => request.path)).toEqual([
      '/anthropic/v1/messages',
      '/anthropic/v1/messages',
    ]);
  });

  it('refreshes an expired Entra token once, resending the same body over the wire', async () => {
    const { provider } = mintingProvider('entra');
    const client = new AnthropicFoundry({ baseURL: `${server.url}/anthropic`, azureADTokenProvider: provider });
    server.emulator.expireToken('entra-1');
    const { input_tokens: inputTokens } = await client.post<{ input_tokens: number }>('/v1/messages/count_tokens', {
      body: { model: PARAMS.model, messages: PARAMS.messages },
    });
    expect(inputTokens).toBeGreaterThan(0);
    expect(authorizations(server.emulator)).toEqual(['Bearer entra-1', 'Bearer entra-2']);
    expect(server.emulator.requests[1]?.rawBody).toBe(server.emulator.requests[0]?.rawBody);
  });
});
