import { AnthropicError, NotFoundError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { emulatedClient, sentHeaders } from '../test-client.js';
import { BetaModels } from './beta-models.js';
import { listBetaModels } from './list-beta-models.js';
import { retrieveBetaModel } from './retrieve-beta-model.js';

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

  it('sends workspace_id as anthropic-workspace-id on list (every page) and retrieve, never in the query', async () => {
    const { client, emulator } = emulatedClient({ defaultHeaders: { 'anthropic-beta': 'default-2026-01-01' } });
    const ids: string[] = [];
    for await (const model of listBetaModels(client, { limit: 4, workspace_id: 'wrkspc_01' })) ids.push(model.id);
    await retrieveBetaModel(client, 'claude-sonnet-4-5', { workspace_id: 'wrkspc_01', betas: ['extra-2026-01-01'] });
    const sent = emulator.requests.map(sentHeaders);
    expect(sent.length).toBeGreaterThan(2); // more than one page, then the retrieve
    expect(sent.map((request) => request.workspace)).toEqual(Array(sent.length).fill('wrkspc_01'));
    expect(sent.some((request) => request.workspaceInQueryOrBody)).toBe(false);
    expect(sent.at(0)?.beta).toBe('default-2026-01-01');
    expect(sent.at(-1)?.beta).toBe('default-2026-01-01,extra-2026-01-01');
    expect(emulator.requests[0]?.url).toBe('http://emulator.test/v1/models?limit=4');
    expect(emulator.requests.at(-1)?.url).toBe('http://emulator.test/v1/models/claude-sonnet-4-5');
  });

  it('refuses a workspace_id that is not a string before sending', () => {
    const { client, emulator } = emulatedClient();
    const bad = { workspace_id: true as unknown as string };
    expect(() => new BetaModels(client).list(bad)).toThrow(AnthropicError);
    expect(() => listBetaModels(client, bad)).toThrow(
      'listBetaModels needs workspace_id as a string; received boolean.',
    );
    expect(() => retrieveBetaModel(client, 'claude-opus-4-6', bad)).toThrow(
      'retrieveBetaModel needs workspace_id as a string; received boolean.',
    );
    expect(emulator.requests).toHaveLength(0);
  });
});
