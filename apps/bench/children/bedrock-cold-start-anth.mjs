// Bedrock cold start, @anth/bedrock: a new process imports it and @anth/messages, builds a client
// with static AWS keys and creates one message (the first request loads the SigV4 signer). Run as
// `node bedrock-cold-start-anth.mjs <baseURL>`; prints one JSON line once the reply is parsed.
import { AnthropicBedrock } from '@anth/bedrock';
import { createMessage } from '@anth/messages';

const [baseURL] = process.argv.slice(2);
const client = new AnthropicBedrock({
  awsRegion: 'us-east-1',
  awsAccessKey: 'AKIABENCHLOOPBACK000',
  awsSecretKey: 'bench-loopback-secret-access-key-0000000',
  baseURL,
});
const message = await createMessage(client, {
  model: 'anthropic.claude-opus-4-6-v1',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
});
console.log(JSON.stringify({ id: message.id, maxRSS: process.resourceUsage().maxRSS }));
