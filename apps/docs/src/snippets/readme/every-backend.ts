import { AnthropicBedrock } from '@anth/bedrock';
import { Messages } from '@anth/messages';

// AWS credentials from the default chain: environment, profiles, SSO, instance roles.
const onAws = new Messages(new AnthropicBedrock({ awsRegion: 'us-east-1' }));
const message = await onAws.create({
  model: 'us.anthropic.claude-opus-4-6-v1',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hello from AWS' }],
});
console.log(message.content);
