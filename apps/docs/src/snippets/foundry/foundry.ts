import { AnthropicFoundry } from '@anth/foundry';
import { Messages } from '@anth/messages';

// The resource and key default to ANTHROPIC_FOUNDRY_RESOURCE and ANTHROPIC_FOUNDRY_API_KEY
// (or pass `resource: 'my-resource'` and `apiKey`).
const client = new AnthropicFoundry();
const message = await new Messages(client).create({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
});
console.log(message.content);
