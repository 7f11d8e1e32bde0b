import { countTokens } from '@anth/messages';
import type { ExampleContext } from './context.js';

/** Tokens a request would use, without running the model. */
export async function countRequestTokens({ client, model, print }: ExampleContext): Promise<void> {
  const { input_tokens } = await countTokens(client, {
    model,
    system: 'You are a concise assistant.',
    messages: [{ role: 'user', content: 'How many tokens is this sentence?' }],
  });
  print(`input tokens: ${input_tokens}`);
}
