import { getEventListeners } from 'node:events';
import { AnthropicError, APIUserAbortError, type MessageBatch } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { createBatch } from './create-batch.js';
import { emulatedClient } from './test-client.js';
import { waitForBatch } from './wait-for-batch.js';

const requests = [
  {
    custom_id: 'q1',
    params: { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] },
  },
  {
    custom_id: 'q2',
    params: { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Bye' }] },
  },
];

describe('waitForBatch', () => {
  it('polls GET /v1/messages/batches/{id} until ended, reporting each poll to onProgress', async () => {
    const { client, emulator } = emulatedClient({}, { batchSchedule: { endAfterPolls: 3 } });
    emulator.batches.setOutcomes({ q2: 'errored' });
    const batch = await createBatch(client, { requests });
    emulator.requests.length = 0;
    const progress: Array<Pick<MessageBatch, 'processing_status' | 'request_counts'>> = [];
    const ended = await waitForBatch(client, batch.id, {
      pollInterval: 1,
      headers: { 'x-trace': 'poll' },
      onProgress: ({ processing_status, request_counts }) => void progress.push({ processing_status, request_counts }),
    });
    expect(ended).toMatchObject({
      id: batch.id,
      processing_status: 'ended',
      results_url: expect.stringContaining('/results'),
    });
    expect(progress).toEqual([
      {
        processing_status: 'in_progress',
        request_counts: { processing: 2, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
      },
      {
        processing_status: 'in_progress',
        request_counts: { processing: 2, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
      },
      {
        processing_status: 'ended',
        request_counts: { processing: 0, succeeded: 1, errored: 1, canceled: 0, expired: 0 },
      },
    ]);
    expect(emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(
      Array(3).fill(`GET /v1/messages/batches/${batch.id}`),
    );
    expect(emulator.requests.every((request) => request.headers.get('x-trace') === 'poll')).toBe(true);
  });

  it('follows a batch through canceling to ended', async () => {
    const { client, emulator } = emulatedClient();
    const batch = await createBatch(client, { requests });
    const statuses: string[] = [];
    const ended = await waitForBatch(client, batch.id, {
      pollInterval: 1,
      onProgress: async (current) => {
        statuses.push(current.processing_status);
        if (statuses.length === 1) {
          await client.post(`/v1/messages/batches/${batch.id}/cancel`);
        } else if (current.processing_status === 'canceling') emulator.batches.end(batch.id);
      },
    });
    expect(statuses).toEqual(['in_progress', 'canceling', 'ended']);
    expect(ended.request_counts.canceled).toBe(2);
  });

  it('an abort during the wait rejects at once with APIUserAbortError, with no listener left behind', async () => {
    const { client, emulator } = emulatedClient(); // 'manual': the batch never ends on its own
    const batch = await createBatch(client, { requests });
    emulator.requests.length = 0;
    const controller = new AbortController();
    const started = Date.now();
    const failure = await waitForBatch(client, batch.id, {
      pollInterval: 60_000,
      signal: controller.signal,
      onProgress: () => void setTimeout(() => controller.abort(), 5),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(emulator.requests).toHaveLength(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('an abort during a poll rejects with APIUserAbortError too', async () => {
    const { client, emulator } = emulatedClient();
    const batch = await createBatch(client, { requests });
    emulator.fault({ match: `/v1/messages/batches/${batch.id}`, latencyMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    await expect(waitForBatch(client, batch.id, { signal: controller.signal })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
  });

  it('gives up after maxWait with an error naming the batch; the batch keeps running', async () => {
    const { client, emulator } = emulatedClient();
    const batch = await createBatch(client, { requests });
    emulator.requests.length = 0;
    const failure = await waitForBatch(client, batch.id, { pollInterval: 5, pollBackoff: 1, maxWait: 30 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AnthropicError);
    expect((failure as Error).message).toContain(
      `Batch ${batch.id} did not end within maxWait (30ms); its processing_status is still in_progress`,
    );
    expect(emulator.requests.length).toBeGreaterThanOrEqual(3);
    expect(emulator.requests.length).toBeLessThanOrEqual(8);
  });

  it('checks its options before the first poll', async () => {
    const { client, emulator } = emulatedClient();
    await expect(waitForBatch(client, 'msgbatch_x', { pollInterval: -5 })).rejects.toThrow(
      'pollInterval must be a number of milliseconds ≥ 0; received -5',
    );
    await expect(waitForBatch(client, '')).rejects.toThrow(/invalid segments/);
    expect(emulator.requests).toHaveLength(0);
  });
});
