import { Anthropic } from '@anth/core';
import { createMessage } from '@anth/messages';

const client = new Anthropic();
const message = await createMessage(client, {
  model: 'claude-opus-4-6',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
});
console.log(message.content);
