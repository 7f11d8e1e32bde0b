import { APIError, BadRequestError } from '@anth/core';
import { createMessage } from '@anth/messages';
import type { ExampleContext } from './context.js';

/**
 * Failing requests: the error's class, status, type and request id; and, when the API names the exact
 * case in `error.details.error_code`, its `errorCode`, which code can branch on.
 */
export async function handleError({ client, model, print, emulator }: ExampleContext): Promise<void> {
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

  // Two tools with one name. The emulator refuses them with a plain 400, so it is told to answer with
  // the error code the API gives this case.
  emulator?.fault({
    match: '/v1/messages',
    status: 400,
    errorCode: 'tool_name_conflict',
    message: 'tools: Tool names must be unique.',
  });
  const lookup = { name: 'lookup', input_schema: { type: 'object' as const } };
  try {
    await createMessage(client, {
      model,
      max_tokens: 16,
      tools: [lookup, lookup],
      messages: [{ role: 'user', content: 'Look it up.' }],
    });
    print('unexpected: the request succeeded');
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    print(`error: ${error.name} (status ${error.status}, errorCode ${error.errorCode}): ${error.apiMessage}`);
    if (error instanceof BadRequestError && error.errorCode === 'tool_name_conflict')
      print('fix: give every tool a name of its own');
  }
}
