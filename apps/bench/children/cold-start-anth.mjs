// Cold start, @anth: a new process imports @anth/core and @anth/messages, builds a client and
// creates one message. Run as `node cold-start-anth.mjs <baseURL>`; prints one JSON line once the
// reply is parsed.
import { Anthropic } from '@anth/core';
import { createMessage } from '@anth/messages';

const [baseURL] = process.argv.slice(2);
const client = new Anthropic({ apiKey: 'sk-ant-bench-loopback', baseURL });
const message = await createMessage(client, {
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
});
console.log(JSON.stringify({ id: message.id, maxRSS: process.resourceUsage().maxRSS }));
