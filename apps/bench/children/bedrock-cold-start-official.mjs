// Bedrock cold start, official @anthropic-ai/bedrock-sdk 1.1.3: a new process imports it, builds a
// client with static AWS keys and creates one message (signed with SigV4). Run as
// `node bedrock-cold-start-official.mjs <baseURL>`; prints one JSON line once the reply is parsed.
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';

const [baseURL] = process.argv.slice(2);
const client = new AnthropicBedrock({
  awsRegion: 'us-east-1',
  awsAccessKey: 'AKIABENCHLOOPBACK000',
  awsSecretKey: 'bench-loopback-secret-access-key-0000000',
  baseURL,
});
const message = await client.messages.create({
  model: 'anthropic.claude-opus-4-6-v1',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
});
console.log(JSON.stringify({ id: message.id, maxRSS: process.resourceUsage().maxRSS }));
