import { describe, expect, it } from 'vitest';
import { countTokens } from './count-tokens.js';
import { emulatedClient } from './test-client.js';

describe('countTokens', () => {
  it('POSTs /v1/messages/count_tokens and resolves to the count', async () => {
    const { client, emulator } = emulatedClient();
    const params = {
      model: 'claude-sonnet-4-5',
      system: 'Be brief.',
      messages: [{ role: 'user' as const, content: 'Count me' }],
    };
    const result = await countTokens(client, params);
    expect(result.input_tokens).toBeGreaterThan(0);
    expect(emulator.requests[0]?.path).toBe('/v1/messages/count_tokens');
    expect(emulator.requests[0]?.body).toEqual(params);
  });

  it('moves user_profile_id into its header', async () => {
    const { client, emulator } = emulatedClient();
    await countTokens(client, {
      model: 'claude-sonnet-4-5',
      messages: [{ role: 'user', content: 'x' }],
      user_profile_id: 'prof_1',
    });
    expect(emulator.requests[0]?.headers.get('anthropic-user-profile-id')).toBe('prof_1');
    expect(emulator.requests[0]?.body).not.toHaveProperty('user_profile_id');
  });
});
