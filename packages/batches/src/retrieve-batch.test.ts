import { AnthropicError, NotFoundError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { createBatch } from './create-batch.js';
import { retrieveBatch } from './retrieve-batch.js';
import { emulatedClient } from './test-client.js';

const requests = [
  {
    custom_id: 'q1',
    params: { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] },
  },
];

describe('retrieveBatch', () => {
  it('GETs /v1/messages/batches/{id} without a body and resolves to the batch', async () => {
    const { client, emulator } = emulatedClient();
    const created = await createBatch(client, { requests });
    const batch = await retrieveBatch(client, created.id, { headers: { 'x-trace': 't' } });
    expect(batch).toEqual({ ...created, processing_status: 'in_progress' });
    const request = emulator.requests[1];
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe(`/v1/messages/batches/${created.id}`);
    expect(request?.rawBody).toBe('');
    expect(request?.headers.has('content-type')).toBe(false);
    expect(request?.headers.get('x-trace')).toBe('t');
  });

  it('sees the batch end, with its counts and absolute results_url', async () => {
    const { client, emulator } = emulatedClient();
    const created = await createBatch(client, { requests });
    emulator.batches.end(created.id);
    const batch = await retrieveBatch(client, created.id);
    expect(batch).toMatchObject({
      processing_status: 'ended',
      request_counts: { processing: 0, succeeded: 1 },
      results_url: `http://emulator.test/v1/messages/batches/${created.id}/results`,
    });
    expect(batch.ended_at).toEqual(expect.any(String));
  });

  it('percent-encodes the id and refuses empty or dot ids before sending', async () => {
    const { client, emulator } = emulatedClient();
    await expect(retrieveBatch(client, 'a/b?c')).rejects.toBeInstanceOf(NotFoundError);
    expect(emulator.requests[0]?.url).toBe('http://emulator.test/v1/messages/batches/a%2Fb%3Fc');
    expect(() => retrieveBatch(client, '')).toThrow(AnthropicError);
    expect(() => retrieveBatch(client, '..')).toThrow(/invalid segments/);
    expect(emulator.requests).toHaveLength(1);
  });
});
