import { AnthropicError } from '@anth/core';
import { AnthropicFoundry } from '@anth/foundry';
import { Messages } from '@anth/messages';
import { startEmulator } from '@anth/emulator/node';
import type { ExampleContext } from './context.js';

/**
 * The same Messages resource on Microsoft Foundry, against a local emulator in Foundry mode (never
 * the real cloud): an API key, then Entra ID tokens, and an endpoint Foundry does not serve.
 */
export async function onFoundry({ print, write }: ExampleContext): Promise<void> {
  const emulator = await startEmulator({
    backends: { foundry: { apiKeys: ['foundry-demo-key'], authTokens: ['entra-demo-1', 'entra-demo-2'] } },
  });
  try {
    // In an app: `resource: 'my-resource'` instead of baseURL.
    const baseURL = emulator.foundry.url;
    const withKey = new Messages(new AnthropicFoundry({ baseURL, apiKey: 'foundry-demo-key' }));
    const message = await withKey.create({
      model: 'claude-opus-4-6',
      max_tokens: 128,
      messages: [{ role: 'user', content: 'Hello from Foundry' }],
    });
    print(`foundry reply: ${message.content.map((block) => (block.type === 'text' ? block.text : '')).join('')}`);

    // Entra ID: in an app, `credential: new DefaultAzureCredential()` (or nothing at all).
    let minted = 0;
    const keyless = new AnthropicFoundry({ baseURL, azureADTokenProvider: async () => `entra-demo-${++minted}` });
    emulator.foundry.script({ content: [{ type: 'text', text: 'Streamed with an Entra ID token.' }] });
    write('foundry streamed: ');
    for await (const text of new Messages(keyless).stream({
      model: 'claude-opus-4-6',
      max_tokens: 128,
      messages: [{ role: 'user', content: 'Stream, please' }],
    }).textStream)
      write(text);
    write('\n');
    const { input_tokens: inputTokens } = await new Messages(keyless).countTokens({
      model: 'claude-opus-4-6',
      messages: [{ role: 'user', content: 'Count me' }],
    });
    print(`foundry input tokens: ${inputTokens}`);
    print(
      `foundry auth: ${emulator.foundry.requests.map((request) => (request.headers.get('x-api-key') ? 'x-api-key' : (request.headers.get('authorization') ?? 'none').replace(/^Bearer /, 'bearer '))).join(', ')}`,
    );

    // Foundry has no batches endpoint: the client refuses before sending anything.
    const sent = emulator.foundry.requests.length;
    try {
      await keyless.post('/v1/messages/batches', { body: { requests: [] } });
      print('unexpected: Foundry accepted a batch');
    } catch (error) {
      if (!(error instanceof AnthropicError) || emulator.foundry.requests.length !== sent) throw error;
      print(`Foundry has no batches endpoint: refused before sending, as expected: ${error.message}`);
    }
  } finally {
    await emulator.close();
  }
}
