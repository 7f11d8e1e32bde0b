import { Anthropic } from '@anth/core';
import { Messages } from '@anth/messages';

const messages = new Messages(new Anthropic());
const params = {
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user' as const, content: 'A haiku about streams' }],
};

// Accumulated, with events: what client.messages.stream(…) gives.
const stream = messages.stream(params);
stream.on('text', (text) => process.stdout.write(text));
const final = await stream.finalMessage();
console.log(`\nstop_reason: ${final.stop_reason}`);

// The text alone, as an async iterable (@anth only).
for await (const text of messages.stream(params).textStream) process.stdout.write(text);

// The raw server-sent events: what client.messages.create({ …, stream: true }) gives.
const events = await messages.create({ ...params, stream: true });
for await (const event of events) if (event.type === 'message_stop') console.log('\nmessage_stop');
