import { Page } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { createBatch } from './create-batch.js';
import { listBatches } from './list-batches.js';
import { emulatedClient } from './test-client.js';

const requests = [
  {
    custom_id: 'q1',
    params: { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] },
  },
];

async function createFive() {
  const { client, emulator } = emulatedClient();
  const ids: string[] = [];
  for (let index = 0; index < 5; index++) ids.push((await createBatch(client, { requests })).id);
  emulator.requests.length = 0;
  return { client, emulator, newestFirst: ids.reverse() };
}

describe('listBatches', () => {
  it('GETs one page with its query, newest first', async () => {
    const { client, emulator, newestFirst } = await createFive();
    const page = await listBatches(client, { limit: 2 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((batch) => batch.id)).toEqual(newestFirst.slice(0, 2));
    expect(page).toMatchObject({ has_more: true, first_id: newestFirst[0], last_id: newestFirst[1] });
    const [request] = emulator.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/v1/messages/batches');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ limit: '2' });
    expect(request?.rawBody).toBe('');
  });

  it('walks every page with for await, sending after_id = last_id', async () => {
    const { client, emulator, newestFirst } = await createFive();
    const seen: string[] = [];
    for await (const batch of listBatches(client, { limit: 2 })) seen.push(batch.id);
    expect(seen).toEqual(newestFirst);
    expect(emulator.requests.map((request) => Object.fromEntries(request.query))).toEqual([
      { limit: '2' },
      { limit: '2', after_id: newestFirst[1] },
      { limit: '2', after_id: newestFirst[3] },
    ]);
  });

  it('walks backwards from before_id with first_id', async () => {
    const { client, emulator, newestFirst } = await createFive();
    const seen: string[] = [];
    for await (const batch of listBatches(client, { limit: 2, before_id: newestFirst[4] })) seen.push(batch.id);
    expect(seen).toEqual(newestFirst.slice(2, 4).concat(newestFirst.slice(0, 2)));
    expect(emulator.requests[1]?.query.get('before_id')).toBe(newestFirst[2]);
  });

  it('merges a per-request query over the params', async () => {
    const { client, emulator } = await createFive();
    await listBatches(client, { limit: 2 }, { query: { limit: 3 } });
    expect(emulator.requests[0]?.query.get('limit')).toBe('3');
  });
});
