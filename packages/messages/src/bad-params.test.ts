import { AnthropicError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { countTokens } from './count-tokens.js';
import { createMessageStream } from './create-message-stream.js';
import { createMessage } from './create-message.js';
import { parseMessage } from './parse-message.js';
import { streamMessage } from './stream-message.js';
import { emulatedClient } from './test-client.js';

// An untyped caller passing no params gets an AnthropicError naming the method, never a TypeError
// from inside, and nothing reaches the wire.
describe.each([
  ['createMessage', createMessage],
  ['createMessageStream', createMessageStream],
  ['streamMessage', streamMessage],
  ['countTokens', countTokens],
  ['parseMessage', parseMessage],
] as const)('%s with params that are not an object', (name, method) => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    ['hello', 'string'],
    [[], 'an array'],
  ])('%j → AnthropicError before sending', (params, kind) => {
    const { client, emulator } = emulatedClient();
    const call = () => (method as (client: unknown, params: unknown) => unknown)(client, params);
    expect(call).toThrow(AnthropicError);
    expect(call).toThrow(`${name} needs its params as an object (the request body); received ${kind}.`);
    expect(emulator.requests).toHaveLength(0);
  });
});
