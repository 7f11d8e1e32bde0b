import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { getJson } from '../testing/request-helpers.js';
import type { ModelInfo } from '../types.js';

type ModelPage = { data: ModelInfo[]; has_more: boolean; first_id: string | null; last_id: string | null };

async function list(query: string, emulator = createEmulatorFetch()): Promise<ModelPage> {
  const response = await getJson(emulator, `/v1/models${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ModelPage;
}

describe('GET /v1/models', () => {
  it('lists realistic models, newest first', async () => {
    const page = await list('');
    expect(page.data.length).toBeGreaterThanOrEqual(6);
    expect(page.has_more).toBe(false);
    const createdAt = page.data.map((model) => Date.parse(model.created_at));
    expect(createdAt).toEqual([...createdAt].sort((left, right) => right - left));
    for (const model of page.data) {
      expect(model).toEqual({
        id: expect.stringMatching(/^claude-/),
        type: 'model',
        display_name: expect.stringMatching(/^Claude /),
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
        max_input_tokens: expect.any(Number),
        max_tokens: expect.any(Number),
      });
    }
    expect(page.data.map((model) => model.id)).toContain('claude-sonnet-4-5-20250929');
  });

  it('paginates forwards and backwards over the same models', async () => {
    const emulator = createEmulatorFetch();
    const all = (await list('?limit=1000', emulator)).data.map((model) => model.id);

    const forwards: string[] = [];
    let page = await list('?limit=3', emulator);
    forwards.push(...page.data.map((model) => model.id));
    while (page.has_more && page.last_id) {
      page = await list(`?limit=3&after_id=${page.last_id}`, emulator);
      forwards.push(...page.data.map((model) => model.id));
    }
    expect(forwards).toEqual(all);

    const backwards: string[][] = [];
    page = await list(`?limit=3&before_id=${all.at(-1)}`, emulator);
    backwards.push(page.data.map((model) => model.id));
    while (page.has_more && page.first_id) {
      page = await list(`?limit=3&before_id=${page.first_id}`, emulator);
      backwards.push(page.data.map((model) => model.id));
    }
    expect(backwards.reverse().flat()).toEqual(all.slice(0, -1));
  });

  it('rejects an out-of-range limit with 400', async () => {
    const response = await getJson(createEmulatorFetch(), '/v1/models?limit=0');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: 'limit: Input should be greater than or equal to 1' },
    });
  });

  it('serves custom models', async () => {
    const custom: ModelInfo = {
      id: 'my-model',
      type: 'model',
      display_name: 'Mine',
      created_at: '2026-01-01T00:00:00Z',
      max_input_tokens: null,
      max_tokens: null,
    };
    expect((await list('', createEmulatorFetch({ models: [custom] }))).data).toEqual([custom]);
  });
});

describe('GET /v1/models/{model_id}', () => {
  it('returns a model by id or alias', async () => {
    const emulator = createEmulatorFetch();
    const byId = await (await getJson(emulator, '/v1/models/claude-sonnet-4-5-20250929')).json();
    const byAlias = await (await getJson(emulator, '/v1/models/claude-sonnet-4-5')).json();
    expect(byAlias).toEqual(byId);
    expect(byId).toMatchObject({ id: 'claude-sonnet-4-5-20250929', display_name: 'Claude Sonnet 4.5' });
  });

  it('answers 404 not_found_error for an unknown model, decoding the path', async () => {
    const response = await getJson(createEmulatorFetch(), '/v1/models/no%2Fsuch');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { type: 'not_found_error', message: 'model: no/such' } });
  });
});
