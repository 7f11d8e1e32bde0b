import { streamMessage } from '@anth/messages';
import type { ExampleContext } from './context.js';

/** A reply printed as it arrives, then the accumulated final message. */
export async function streamReply({ client, model, print, write, emulator }: ExampleContext): Promise<void> {
  emulator?.script({
    content: [
      { type: 'text', text: 'Streams arrive a few characters at a time, each delta printed the moment it lands.' },
    ],
  });
  const stream = streamMessage(client, {
    model,
    max_tokens: 256,
    messages: [{ role: 'user', content: 'Write one sentence about streaming.' }],
  });
  write('streamed: ');
  for await (const text of stream.textStream) write(text);
  write('\n');
  const final = await stream.finalMessage();
  print(`final message ${final.id}: ${final.content.length} block(s), ${final.usage.output_tokens} output tokens`);
}
