import { describe, expect, it } from 'vitest';
import { cancelBatch } from './cancel-batch.js';
import { createBatch } from './create-batch.js';
import { emulatedClient } from './test-client.js';

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

describe('cancelBatch', () => {
  it('POSTs /v1/messages/batches/{id}/cancel with no body and resolves to the canceling batch', async () => {
    const { client, emulator } = emulatedClient();
    const created = await createBatch(client, { requests });
    const batch = await cancelBatch(client, created.id);
    expect(batch).toMatchObject({ id: created.id, processing_status: 'canceling', results_url: null });
    expect(batch.cancel_initiated_at).toEqual(expect.any(String));
    const request = emulator.requests[1];
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/v1/messages/batches/${created.id}/cancel`);
    expect(request?.rawBody).toBe('');
    expect(request?.headers.has('content-type')).toBe(false);
  });

  it('ends with the requests that had not run canceled', async () => {
    const { client, emulator } = emulatedClient();
    emulator.batches.setOutcomes({ q2: 'succeeded' }); // q2 was already running: it completes
    const created = await createBatch(client, { requests });
    await cancelBatch(client, created.id);
    emulator.batches.end(created.id);
    const ended = await cancelBatch(client, created.id);
    expect(ended).toMatchObject({
      processing_status: 'ended',
      request_counts: { canceled: 1, succeeded: 1, processing: 0 },
    });
  });
});
