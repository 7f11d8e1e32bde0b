import { AnthropicError } from '@anth/core';
import { Messages, Models } from '@anth/messages';
import { AnthropicVertex } from '@anth/vertex';
import { startEmulator } from '@anth/emulator/node';
import type { ExampleContext } from './context.js';

/**
 * The same Messages resource on Google Vertex AI, against a local emulator in Vertex mode (never
 * the real cloud): create, stream and count tokens, a token refreshed after a 401, and an endpoint
 * Vertex does not serve.
 */
export async function onVertex({ print, write }: ExampleContext): Promise<void> {
  const emulator = await startEmulator({ backends: { vertex: { authTokens: ['ya29.demo-1', 'ya29.demo-2'] } } });
  try {
    // In an app this is your token source (or pass nothing for Application Default Credentials).
    let minted = 0;
    const client = new AnthropicVertex({
      region: 'us-east5',
      projectId: 'demo-project',
      baseURL: emulator.vertex.url,
      accessToken: async () => ({ token: `ya29.demo-${++minted}`, expiresAt: Date.now() + 3_600_000 }),
    });
    const messages = new Messages(client);
    const model = 'claude-opus-4-6';

    const message = await messages.create({
      model,
      max_tokens: 128,
      messages: [{ role: 'user', content: 'Hello from Vertex AI' }],
    });
    print(`vertex reply: ${message.content.map((block) => (block.type === 'text' ? block.text : '')).join('')}`);

    emulator.vertex.script({ content: [{ type: 'text', text: 'Streamed through :streamRawPredict.' }] });
    write('vertex streamed: ');
    for await (const text of messages.stream({
      model,
      max_tokens: 128,
      messages: [{ role: 'user', content: 'Stream, please' }],
    }).textStream)
      write(text);
    write('\n');

    // The server now rejects the cached token: the client fetches a new one and resends once.
    emulator.vertex.expireToken('ya29.demo-1');
    const { input_tokens: inputTokens } = await messages.countTokens({
      model,
      messages: [{ role: 'user', content: 'Count me' }],
    });
    print(`vertex input tokens: ${inputTokens} (after a 401, with token ya29.demo-${minted})`);

    print(
      `vertex paths: ${emulator.vertex.requests.map((request) => request.path.replace('/v1/projects/demo-project/locations/us-east5/publishers/anthropic/models/', '…/')).join(', ')}`,
    );
    // Vertex AI has no models endpoint: the client refuses before sending anything.
    const sent = emulator.vertex.requests.length;
    try {
      await new Models(client).list();
      print('unexpected: Vertex AI listed models');
    } catch (error) {
      if (!(error instanceof AnthropicError) || emulator.vertex.requests.length !== sent) throw error;
      print(`Vertex AI has no models endpoint: refused before sending, as expected: ${error.message}`);
    }
  } finally {
    await emulator.close();
  }
}
