import { Anthropic, APIError, BadRequestError, RateLimitError } from '@anth/core';
import { Messages } from '@anth/messages';

const messages = new Messages(new Anthropic({ maxRetries: 0 }));
const lookup = { name: 'lookup', input_schema: { type: 'object' as const } };
try {
  await messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 256,
    tools: [lookup, lookup],
    messages: [{ role: 'user', content: 'Look it up' }],
  });
} catch (error) {
  // One class per status; the API's finer reason is a field, not a class of its own.
  if (error instanceof BadRequestError && error.errorCode === 'tool_name_conflict') {
    console.log(`fix the tool names: ${error.apiMessage}`);
  } else if (error instanceof RateLimitError) {
    console.log(`slow down: retry after ${error.headers?.get('retry-after')} s`);
  } else if (error instanceof APIError) {
    console.log(error.status, error.type, error.errorCode, error.requestID);
  } else {
    throw error;
  }
}
