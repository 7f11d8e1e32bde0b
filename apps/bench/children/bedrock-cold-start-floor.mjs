// Bedrock cold start, floor: a new process signs one InvokeModel request with aws4fetch (SigV4 over
// Web Crypto) and sends it with plain fetch. Run as `node bedrock-cold-start-floor.mjs <baseURL>`;
// prints one JSON line once the reply is parsed.
import { AwsClient } from 'aws4fetch';

const [baseURL] = process.argv.slice(2);
const aws = new AwsClient({
  accessKeyId: 'AKIABENCHLOOPBACK000',
  secretAccessKey: 'bench-loopback-secret-access-key-0000000',
  region: 'us-east-1',
  service: 'bedrock',
});
const response = await aws.fetch(`${baseURL}/model/anthropic.claude-opus-4-6-v1/invoke`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    anthropic_version: 'bedrock-2023-05-31',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'What is the capital of France?' }],
  }),
});
const message = JSON.parse(await response.text());
console.log(JSON.stringify({ id: message.id, maxRSS: process.resourceUsage().maxRSS }));
