import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { Anthropic } from './anthropic.js';

// An official-SDK program's first line after construction is `client.messages.create(…)`: it must
// say what to write instead, not "Cannot read properties of undefined".
describe('resources written the official SDK way', () => {
  const client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: 'http://api.test' });

  it.each([
    ['messages', 'use new Messages(client) from @anth/messages'],
    ['models', 'use new Models(client) from @anth/messages'],
    ['beta', 'use new BetaMessages(client) from @anth/beta'],
  ] as const)('client.%s throws an AnthropicError naming the replacement and the guide', (property, hint) => {
    let thrown: unknown;
    try {
      void client[property];
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AnthropicError);
    expect((thrown as Error).message).toBe(
      `client.${property} does not exist: ${hint} (each API is its own package; see docs/migrating-from-anthropic-ai-sdk.md)`,
    );
  });

  it('fails to compile with the hint in the type, and throws before reaching `.create`', () => {
    // @ts-expect-error: Property 'create' does not exist on type '{ 'use new Messages(client) from @anth/messages': never; }'
    expect(() => client.messages.create({})).toThrow(/new Messages\(client\)/);
  });

  it('stays out of everything that lists or prints a client', () => {
    expect(Object.keys(client)).not.toContain('messages');
    expect(JSON.stringify(client)).not.toContain('messages');
    expect(() => inspect(client)).not.toThrow();
    expect(() => ({ ...client })).not.toThrow();
    expect(() => client.withOptions({ maxRetries: 1 })).not.toThrow();
  });
});
