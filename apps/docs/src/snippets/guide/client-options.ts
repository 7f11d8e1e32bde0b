import { Anthropic, type Middleware } from '@anth/core';
import { createMessage } from '@anth/messages';

// Sees every attempt (retries included), as the first-party request, on every backend.
const logAttempts: Middleware = async (request, next) => {
  const response = await next(request);
  console.log(`${request.method} ${new URL(request.url).pathname} → ${response.status}`);
  return response;
};

const client = new Anthropic({
  maxRetries: 3,
  timeout: 60_000,
  idleTimeout: 20_000, // a stream silent this long fails with StreamIdleTimeoutError
  maxRetryDelay: 10_000, // a longer server-requested wait is thrown, not slept
  middleware: [logAttempts],
});

const patient = client.withOptions({ maxRetries: 5 });
const message = await createMessage(
  patient,
  { model: 'claude-opus-4-6', max_tokens: 256, messages: [{ role: 'user', content: 'Hello, Claude' }] },
  { timeout: 30_000, headers: { 'x-request-source': 'migration-guide' } },
);
console.log(message.stop_reason);
