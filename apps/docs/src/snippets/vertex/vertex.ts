import { Messages } from '@anth/messages';
import { AnthropicVertex } from '@anth/vertex';

// Credentials: Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud, the metadata server).
const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
const messages = new Messages(client);
const message = await messages.create({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
});
console.log(message.content);
const { input_tokens } = await messages.countTokens({
  model: 'claude-opus-4-6',
  messages: [{ role: 'user', content: 'Hi' }],
});
console.log('input tokens:', input_tokens);
