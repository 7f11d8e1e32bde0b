import { AnthropicError, NotFoundError, Page } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { listModels } from './list-models.js';
import { Models } from './models.js';
import { retrieveModel } from './retrieve-model.js';
import { emulatedClient } from './test-client.js';

describe('models', () => {
  it('lists one page, then walks every page with for await', async () => {
    const { client, emulator } = emulatedClient();
    const first = await listModels(client, { limit: 2 });
    expect(first).toBeInstanceOf(Page);
    expect(first.data).toHaveLength(2);
    expect(first.has_more).toBe(true);
    expect(emulator.requests[0]?.query.get('limit')).toBe('2');

    const all: string[] = [];
    for await (const model of listModels(client, { limit: 2 })) all.push(model.id);
    const everything = await listModels(client, { limit: 100 });
    expect(all).toEqual(everything.data.map((model) => model.id));
    expect(new Set(all).size).toBe(all.length);
    const afterIds = emulator.requests.map((request) => request.query.get('after_id')).filter(Boolean);
    expect(afterIds.length).toBeGreaterThan(0);
  });

  it('never sends anthropic-beta: the GA Models API takes no betas', async () => {
    const { client, emulator } = emulatedClient();
    await listModels(client, { limit: 1 });
    await retrieveModel(client, 'claude-opus-4-6');
    await new Models(client).list();
    expect(emulator.requests.map((request) => request.headers.has('anthropic-beta'))).toEqual([false, false, false]);
    expect(emulator.requests.map((request) => request.url)).not.toContain('beta=true');
    // @ts-expect-error betas are gone from the GA types (spec api-2026-10-21 §2)
    await listModels(client, { betas: ['x'] }).catch(() => undefined);
    // @ts-expect-error
    await retrieveModel(client, 'claude-opus-4-6', { betas: ['x'] });
    expect(emulator.requests.at(-1)?.headers.has('anthropic-beta')).toBe(false);
  });

  it('retrieves one model, encoding the id into the path', async () => {
    const { client, emulator } = emulatedClient();
    const model = await retrieveModel(client, 'claude-sonnet-4-5');
    expect(model.id).toMatch(/^claude-sonnet-4-5/);
    await expect(retrieveModel(client, 'a/b')).rejects.toBeInstanceOf(NotFoundError);
    expect(emulator.requests[1]?.url).toContain('/v1/models/a%2Fb');
  });

  it('the class is sugar over the functions', async () => {
    const { client } = emulatedClient();
    const models = new Models(client);
    const page = await models.list({ limit: 1 });
    await expect(models.retrieve(page.data[0]?.id ?? '')).resolves.toMatchObject({ type: 'model' });
  });

  it('sends workspace_id as anthropic-workspace-id on list (every page) and retrieve, never in the query', async () => {
    const { client, emulator } = emulatedClient();
    const ids: string[] = [];
    for await (const model of listModels(client, { limit: 4, workspace_id: 'wrkspc_01' })) ids.push(model.id);
    await retrieveModel(client, 'claude-sonnet-4-5', { workspace_id: 'wrkspc_01' });
    await new Models(client).retrieve('claude-opus-4-6', { workspace_id: 'wrkspc_02' });
    expect(emulator.requests.length).toBeGreaterThan(3); // more than one page, then the two retrieves
    expect(emulator.requests.map((request) => request.headers.get('anthropic-workspace-id'))).toEqual([
      ...Array(emulator.requests.length - 1).fill('wrkspc_01'),
      'wrkspc_02',
    ]);
    expect(emulator.requests.some((request) => request.url.includes('workspace'))).toBe(false);
    expect(emulator.requests.some((request) => request.headers.has('anthropic-beta'))).toBe(false);
    await listModels(client);
    expect(emulator.requests.at(-1)?.headers.has('anthropic-workspace-id')).toBe(false);
  });

  it('refuses a workspace_id that is not a string before sending', () => {
    const { client, emulator } = emulatedClient();
    expect(() => listModels(client, { workspace_id: 5 as unknown as string })).toThrow(AnthropicError);
    expect(() => listModels(client, { workspace_id: 5 as unknown as string })).toThrow(
      'listModels needs workspace_id as a string; received number.',
    );
    expect(() => retrieveModel(client, 'claude-opus-4-6', { workspace_id: [] as unknown as string })).toThrow(
      'retrieveModel needs workspace_id as a string; received object.',
    );
    expect(emulator.requests).toHaveLength(0);
  });
});
