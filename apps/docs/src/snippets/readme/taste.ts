import { Anthropic } from '@anth/core';
import { Messages } from '@anth/messages';

const messages = new Messages(new Anthropic()); // ANTHROPIC_API_KEY from the environment

const reply = await messages.create({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
});
console.log(reply.content);

const stream = messages.stream({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'A haiku, please' }],
});
for await (const text of stream.textStream) process.stdout.write(text);
