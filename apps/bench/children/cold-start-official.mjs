// Cold start, official SDK 1.14: a new process imports it, builds a client and creates one message.
// Run as `node cold-start-official.mjs <baseURL>`; prints one JSON line once the reply is parsed.
import Anthropic from '@anthropic-ai/sdk';

const [baseURL] = process.argv.slice(2);
const client = new Anthropic({ apiKey: 'sk-ant-bench-loopback', baseURL });
const message = await client.messages.create({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
});
console.log(JSON.stringify({ id: message.id, maxRSS: process.resourceUsage().maxRSS }));
