import { AnthropicBedrock } from '@anth/bedrock';
import { Messages } from '@anth/messages';

// Credentials: awsAccessKey/awsSecretKey, a Bedrock API key (apiKey or AWS_BEARER_TOKEN_BEDROCK),
// providerChainResolver, or else the AWS default chain (env, profiles, SSO, instance roles; Node only).
const messages = new Messages(new AnthropicBedrock({ awsRegion: 'us-east-1' }));
const model = 'us.anthropic.claude-opus-4-6-v1';

const reply = await messages.create({ model, max_tokens: 512, messages: [{ role: 'user', content: 'Hello, Claude' }] });
console.log(reply.content);
const stream = messages.stream({
  model,
  max_tokens: 512,
  messages: [{ role: 'user', content: 'A haiku about rivers' }],
});
for await (const text of stream.textStream) process.stdout.write(text);
