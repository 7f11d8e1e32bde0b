import { Anthropic, APIError, RateLimitError } from '@anth/core';
import { Messages } from '@anth/messages';

const client = new Anthropic({ maxRetries: 4 }); // ANTHROPIC_API_KEY from the environment
const messages = new Messages(client);
try {
  const reply = await messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'Hi' }],
  });
  console.log(reply.content, reply._request_id);
} catch (error) {
  if (error instanceof RateLimitError) console.log('slow down', error.headers?.get('retry-after'));
  else if (error instanceof APIError) console.log(error.status, error.type, error.requestID);
  else throw error;
}
