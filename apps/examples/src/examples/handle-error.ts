import { APIError } from '@anth/core';
import { createMessage } from '@anth/messages';
import type { ExampleContext } from './context.js';

/** A request that fails on purpose (an unknown model): the error's class, status, type and request id. */
export async function handleError({ client, print }: ExampleContext): Promise<void> {
  try {
    await createMessage(client, {
      model: 'claude-no-such-model',
      max_tokens: 16,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    print('unexpected: the request succeeded');
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    print(
      `an unknown model fails, as expected: ${error.name} (status ${error.status}, type ${error.type}) request-id ${error.requestID}: ${error.message}`,
    );
  }
}
