import { createMessage } from '@anth/messages';
import type { ExampleContext } from './context.js';

/** One request, one reply. */
export async function sendMessage({ client, model, print }: ExampleContext): Promise<void> {
  const message = await createMessage(client, {
    model,
    max_tokens: 256,
    messages: [{ role: 'user', content: 'Hello, Claude! In one sentence, what are you?' }],
  });
  const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
  print(`reply: ${text}`);
  print(
    `usage: ${message.usage.input_tokens} in, ${message.usage.output_tokens} out (stop: ${message.stop_reason}, request ${message._request_id ?? 'n/a'})`,
  );
}
