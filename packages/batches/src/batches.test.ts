import { Page, Stream } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { Batches } from './batches.js';
import { emulatedClient } from './test-client.js';

const request = (customId: string) => ({
  custom_id: customId,
  params: { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: customId }] },
});

describe('Batches', () => {
  it('is sugar over the functions: create, retrieve, list, waitForEnd, results, cancel, delete', async () => {
    const { client, emulator } = emulatedClient({}, { batchSchedule: { endAfterPolls: 2 } });
    const batches = new Batches(client);
    const created = await batches.create({ requests: [request('a'), request('b')] });
    expect(created.processing_status).toBe('in_progress');
    expect((await batches.retrieve(created.id)).id).toBe(created.id);
    const page = await batches.list({ limit: 10 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((batch) => batch.id)).toEqual([created.id]);

    const progress: string[] = [];
    const ended = await batches.waitForEnd(created.id, {
      pollInterval: 1,
      onProgress: (batch) => void progress.push(batch.processing_status),
    });
    expect(progress).toEqual(['ended']); // the retrieve above was the first of the two polls
    const results = await batches.results(ended.id);
    expect(results).toBeInstanceOf(Stream);
    const ids: string[] = [];
    for await (const line of results) ids.push(line.custom_id);
    expect(ids.sort()).toEqual(['a', 'b']);

    const second = await batches.create({ requests: [request('c')] });
    expect((await batches.cancel(second.id)).processing_status).toBe('canceling');
    emulator.batches.end(second.id);
    expect(await batches.delete(second.id)).toEqual({ id: second.id, type: 'message_batch_deleted' });
    expect(emulator.requests.map((recorded) => `${recorded.method} ${recorded.path}`)).toEqual([
      'POST /v1/messages/batches',
      `GET /v1/messages/batches/${created.id}`,
      'GET /v1/messages/batches',
      `GET /v1/messages/batches/${created.id}`,
      `GET /v1/messages/batches/${created.id}`,
      `GET /v1/messages/batches/${created.id}/results`,
      'POST /v1/messages/batches',
      `POST /v1/messages/batches/${second.id}/cancel`,
      `DELETE /v1/messages/batches/${second.id}`,
    ]);
  });
});
