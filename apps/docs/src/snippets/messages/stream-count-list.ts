import { Anthropic } from '@anth/core';
import { listModels, Messages } from '@anth/messages';

const client = new Anthropic();
const messages = new Messages(client);
const stream = messages.stream({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'A haiku about tides' }],
});
stream.on('text', (delta) => process.stdout.write(delta));
const final = await stream.finalMessage();
console.log('\n', final.usage);

const { input_tokens } = await messages.countTokens({
  model: 'claude-opus-4-6',
  messages: [{ role: 'user', content: 'Hi' }],
});
console.log('input tokens:', input_tokens);
for await (const model of listModels(client)) console.log(model.id);
