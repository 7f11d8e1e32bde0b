import { AnthropicError, type Middleware } from '@anth/core';
import { AnthropicBedrock } from '@anth/bedrock';
import { countTokens, createMessage, streamMessage } from '@anth/messages';
import { startEmulator } from '@anth/emulator/node';
import type { ExampleContext } from './context.js';

/**
 * The same resource functions on Amazon Bedrock: a message, a streamed reply (Bedrock's binary event
 * stream decoded into the usual events), and an endpoint Bedrock lacks. Always runs against a local
 * Bedrock emulator that verifies the SigV4 signatures, so it needs no AWS account.
 */
export async function onBedrock({ print, write }: ExampleContext): Promise<void> {
  const keys = { accessKeyId: 'AKIDEXAMPLEDEMO', secretAccessKey: 'demo-secret-access-key' };
  const emulator = await startEmulator({ backends: { bedrock: { region: 'us-west-2', credentials: [keys] } } });
  try {
    let seenByMiddleware = '';
    const middleware: Middleware = (request, next) => {
      seenByMiddleware = `${request.method} ${new URL(request.url).pathname}`;
      return next(request);
    };
    const client = new AnthropicBedrock({
      awsRegion: 'us-west-2',
      awsAccessKey: keys.accessKeyId,
      awsSecretKey: keys.secretAccessKey,
      baseURL: emulator.bedrock.url, // default: https://bedrock-runtime.us-west-2.amazonaws.com
      middleware: [middleware],
    });
    const model = 'us.anthropic.claude-opus-4-6-v1';

    const message = await createMessage(client, {
      model,
      max_tokens: 256,
      messages: [{ role: 'user', content: 'Hello from AWS!' }],
    });
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    const received = emulator.bedrock.requests.at(-1);
    const scope = /Credential=[^/]+\/\d{8}\/([^,]+)/.exec(received?.headers.get('authorization') ?? '')?.[1];
    print(`bedrock reply: ${text}`);
    print(
      `middleware saw ${seenByMiddleware}; Bedrock received ${received?.method} ${received?.path}, SigV4 scope ${scope}`,
    );

    emulator.bedrock.script({ content: [{ type: 'text', text: 'Event stream frames, decoded as they arrive.' }] });
    write('bedrock streamed: ');
    const stream = streamMessage(client, {
      model,
      max_tokens: 256,
      messages: [{ role: 'user', content: 'Stream, please.' }],
    });
    for await (const piece of stream.textStream) write(piece);
    write('\n');

    // Bedrock has no token counting endpoint: the client refuses before sending anything.
    const sent = emulator.bedrock.requests.length;
    try {
      await countTokens(client, { model, messages: [{ role: 'user', content: 'How many tokens?' }] });
      print('unexpected: Bedrock counted tokens');
    } catch (error) {
      if (!(error instanceof AnthropicError) || emulator.bedrock.requests.length !== sent) throw error;
      print(`Bedrock has no token counting endpoint: refused before sending, as expected: ${error.message}`);
    }
  } finally {
    await emulator.close();
  }
}
