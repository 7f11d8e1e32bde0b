import { BadRequestError, NotFoundError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { createBatch } from './create-batch.js';
import { deleteBatch } from './delete-batch.js';
import { retrieveBatch } from './retrieve-batch.js';
import { emulatedClient } from './test-client.js';

const requests = [
  {
    custom_id: 'q1',
    params: { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] },
  },
];

describe('deleteBatch', () => {
  it('DELETEs /v1/messages/batches/{id} once ended, and the batch is gone', async () => {
    const { client, emulator } = emulatedClient();
    const created = await createBatch(client, { requests });
    emulator.batches.end(created.id);
    const deleted = await deleteBatch(client, created.id);
    expect(deleted).toEqual({ id: created.id, type: 'message_batch_deleted' });
    expect(deleted._request_id).toMatch(/^req_/);
    const request = emulator.requests[1];
    expect(request?.method).toBe('DELETE');
    expect(request?.path).toBe(`/v1/messages/batches/${created.id}`);
    expect(request?.rawBody).toBe('');
    await expect(retrieveBatch(client, created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a batch still processing cannot be deleted: BadRequestError with the API message', async () => {
    const { client } = emulatedClient();
    const created = await createBatch(client, { requests });
    const failure = await deleteBatch(client, created.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BadRequestError);
    expect((failure as BadRequestError).message).toMatch(/cannot be deleted before processing has ended/);
  });
});
