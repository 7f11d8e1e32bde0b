import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import type { BetaMessageTokensCount } from '../types/index.js';
import { countBetaTokens } from './count-beta-tokens.js';

const messages = [{ role: 'user' as const, content: 'How many tokens is this?' }];

describe('countBetaTokens', () => {
  it('POSTs /v1/messages/count_tokens with token-counting-2024-11-01 after the caller’s betas', async () => {
    const { client, emulator } = emulatedClient();
    const count = await countBetaTokens(client, {
      model: 'claude-sonnet-4-5',
      messages,
      betas: ['context-management-2025-06-27', 'token-counting-2024-11-01'],
      context_management: {},
    });
    expectTypeOf(count).toMatchTypeOf<BetaMessageTokensCount>();
    expect(count.input_tokens).toBeGreaterThan(0);
    const [request] = emulator.requests;
    expect(request?.url).toBe('http://emulator.test/v1/messages/count_tokens');
    expect(request?.headers.get('anthropic-beta')).toBe('context-management-2025-06-27,token-counting-2024-11-01');
    expect(request?.body).toEqual({ model: 'claude-sonnet-4-5', messages, context_management: {} });
  });

  it('sends the required beta alone when the caller gives none, and moves output_format', async () => {
    const { client, emulator } = emulatedClient();
    const format = { type: 'json_schema' as const, schema: { type: 'object' } };
    await countBetaTokens(client, { model: 'claude-sonnet-4-5', messages, output_format: format });
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBe('token-counting-2024-11-01');
    expect(emulator.requests[0]?.body).toEqual({ model: 'claude-sonnet-4-5', messages, output_config: { format } });
  });
});
