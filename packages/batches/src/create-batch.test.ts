import { AnthropicError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { createBatch } from './create-batch.js';
import { emulatedClient } from './test-client.js';

const params = { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user' as const, content: 'Hello' }] };

describe('createBatch', () => {
  it('POSTs /v1/messages/batches with the requests as JSON and resolves to the in_progress batch', async () => {
    const { client, emulator } = emulatedClient();
    const requests = [
      { custom_id: 'first', params },
      { custom_id: 'second_2', params: { ...params, system: 'Be brief.' } },
    ];
    const batch = await createBatch(client, { requests });
    expect(batch).toMatchObject({
      type: 'message_batch',
      processing_status: 'in_progress',
      request_counts: { processing: 2 },
      results_url: null,
    });
    expect(batch.id).toMatch(/^msgbatch_/);
    expect(batch._request_id).toMatch(/^req_/);
    const [request] = emulator.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/messages/batches');
    expect([...(request?.query.keys() ?? [])]).toEqual([]);
    expect(request?.body).toEqual({ requests });
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('anthropic-version')).toBe('2026-10-21');
    expect(request?.headers.has('anthropic-beta')).toBe(false);
  });

  it('sends user_profile_id and workspace_id as headers, never in the body', async () => {
    const { client, emulator } = emulatedClient();
    await createBatch(client, {
      requests: [{ custom_id: 'q1', params }],
      user_profile_id: 'prof_123',
      workspace_id: 'wrkspc_1',
    });
    const [request] = emulator.requests;
    expect(request?.headers.get('anthropic-user-profile-id')).toBe('prof_123');
    expect(request?.headers.get('anthropic-workspace-id')).toBe('wrkspc_1');
    expect(request?.body).toEqual({ requests: [{ custom_id: 'q1', params }] });
  });

  it('passes request options through (headers win, signal, timeout)', async () => {
    const { client, emulator } = emulatedClient();
    await createBatch(
      client,
      { requests: [{ custom_id: 'q1', params }], user_profile_id: 'prof_1' },
      { headers: { 'x-trace': 'abc', 'anthropic-user-profile-id': 'prof_override' }, timeout: 5_000 },
    );
    const [request] = emulator.requests;
    expect(request?.headers.get('x-trace')).toBe('abc');
    expect(request?.headers.get('anthropic-user-profile-id')).toBe('prof_override');
    expect(request?.headers.get('x-stainless-timeout')).toBe('5');
  });

  it('refuses an invalid batch with core’s validation before sending anything', () => {
    // The rules themselves are tested in core (validate-batch-requests.test.ts); this proves they run first.
    const { client, emulator } = emulatedClient();
    const duplicate = () =>
      createBatch(client, {
        requests: [
          { custom_id: 'q1', params },
          { custom_id: 'q1', params },
        ],
      });
    expect(duplicate).toThrow(AnthropicError);
    expect(duplicate).toThrow('createBatch: requests[1].custom_id "q1" is already used by requests[0]');
    expect(() => createBatch(client, { requests: [] })).toThrow('createBatch: `requests` is empty');
    expect(() => createBatch(client, { requests: [{ custom_id: 'has space', params }] })).toThrow(
      'createBatch: requests[0].custom_id "has space" is invalid',
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('accepts the longest valid custom_id and every allowed character', async () => {
    const { client } = emulatedClient();
    const longest = `${'aZ09_-'.repeat(10)}abcd`;
    expect(longest).toHaveLength(64);
    await expect(createBatch(client, { requests: [{ custom_id: longest, params }] })).resolves.toMatchObject({
      request_counts: { processing: 1 },
    });
  });
});
