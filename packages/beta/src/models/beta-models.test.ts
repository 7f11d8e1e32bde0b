import { NotFoundError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import { BetaModels } from './beta-models.js';

describe('BetaModels', () => {
  it('lists from /v1/models with the query and betas as the header', async () => {
    const { client, emulator } = emulatedClient();
    const models = new BetaModels(client);
    const page = await models.list({ limit: 2, betas: ['extra-2026-01-01'] });
    expect(page.data).toHaveLength(2);
    expect(emulator.requests[0]?.url).toBe('http://emulator.test/v1/models?limit=2');
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    await models.list();
    expect(emulator.requests[1]?.headers.has('anthropic-beta')).toBe(false);
  });

  it('retrieves one model with betas from the options', async () => {
    const { client, emulator } = emulatedClient();
    const model = await new BetaModels(client).retrieve('claude-sonnet-4-5', { betas: ['extra-2026-01-01'] });
    expect(model.id).toBe('claude-sonnet-4-5-20250929');
    expect(emulator.requests[0]?.url).toBe('http://emulator.test/v1/models/claude-sonnet-4-5');
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    await expect(new BetaModels(client).retrieve('claude-nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});
