import { AnthropicError, APIUserAbortError, Stream } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import type { BetaMessageBatchIndividualResponse } from '../types/index.js';
import { betaBatchResults } from './beta-batch-results.js';
import { BetaBatches } from './beta-batches.js';
import { waitForBetaBatch } from './wait-for-beta-batch.js';

const params = (content: string) => ({
  model: 'claude-sonnet-4-5',
  max_tokens: 64,
  messages: [{ role: 'user' as const, content }],
});

describe('BetaBatches', () => {
  it('creates on /v1/messages/batches with the caller’s betas only (no batches beta since 2026-10-21), never in the body', async () => {
    const { client, emulator } = emulatedClient();
    const batch = await new BetaBatches(client).create({
      betas: ['context-management-2025-06-27'],
      requests: [{ custom_id: 'q1', params: params('Hi') }],
      user_profile_id: 'prof_1',
      workspace_id: 'wrkspc_1',
    });
    expect(batch).toMatchObject({
      id: expect.stringMatching(/^msgbatch_/),
      type: 'message_batch',
      processing_status: 'in_progress',
    });
    const [request] = emulator.requests;
    expect(request?.url).toBe('http://emulator.test/v1/messages/batches');
    expect(request?.headers.get('anthropic-beta')).toBe('context-management-2025-06-27');
    expect(request?.headers.get('anthropic-user-profile-id')).toBe('prof_1');
    expect(request?.headers.get('anthropic-workspace-id')).toBe('wrkspc_1');
    expect(request?.body).toEqual({ requests: [{ custom_id: 'q1', params: params('Hi') }] });
  });

  it('keeps a client default anthropic-beta: no batches beta replaces or joins it', async () => {
    const { client, emulator } = emulatedClient({ defaultHeaders: { 'anthropic-beta': 'team-default-2026-01-01' } });
    const batches = new BetaBatches(client);
    const batch = await batches.create({ requests: [{ custom_id: 'q1', params: params('Hi') }] });
    await batches.retrieve(batch.id);
    await batches.create({ betas: ['extra-2026-01-01'], requests: [{ custom_id: 'q2', params: params('Hi') }] });
    expect(emulator.requests.map((request) => request.headers.get('anthropic-beta'))).toEqual([
      'team-default-2026-01-01',
      'team-default-2026-01-01',
      'team-default-2026-01-01,extra-2026-01-01',
    ]);
  });

  it('refuses an invalid batch with core’s validation before sending anything', () => {
    // The rules themselves are tested in core (validate-batch-requests.test.ts); this proves the beta create runs them first.
    const { client, emulator } = emulatedClient();
    const batches = new BetaBatches(client);
    const duplicate = () =>
      batches.create({
        betas: ['context-management-2025-06-27'],
        requests: [
          { custom_id: 'q1', params: params('a') },
          { custom_id: 'q1', params: params('b') },
        ],
      });
    expect(duplicate).toThrow(AnthropicError);
    expect(duplicate).toThrow('createBetaBatch: requests[1].custom_id "q1" is already used by requests[0]');
    expect(() => batches.create({ requests: [] })).toThrow('createBetaBatch: `requests` is empty');
    expect(() => batches.create({ requests: [{ custom_id: 'x'.repeat(65), params: params('a') }] })).toThrow(
      /^createBetaBatch: requests\[0\]\.custom_id "x+" is invalid/,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('retrieves, lists, cancels and deletes on the plain paths, with the caller’s betas only', async () => {
    const { client, emulator } = emulatedClient();
    const batches = new BetaBatches(client);
    const first = await batches.create({ requests: [{ custom_id: 'a', params: params('A') }] });
    const second = await batches.create({ requests: [{ custom_id: 'b', params: params('B') }] });
    expect((await batches.retrieve(first.id, { betas: ['extra-2026-01-01'] })).id).toBe(first.id);
    expect(emulator.requests.at(-1)?.url).toBe(`http://emulator.test/v1/messages/batches/${first.id}`);
    expect(emulator.requests.at(-1)?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    const ids: string[] = [];
    for await (const batch of batches.list({ limit: 1 })) ids.push(batch.id);
    expect(ids).toEqual([second.id, first.id]);
    expect(emulator.requests.at(-1)?.url).toBe(
      `http://emulator.test/v1/messages/batches?limit=1&after_id=${second.id}`,
    );
    const canceling = await batches.cancel(second.id);
    expect(canceling.processing_status).toBe('canceling');
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'POST',
      url: `http://emulator.test/v1/messages/batches/${second.id}/cancel`,
      body: null,
    });
    emulator.batches.end(second.id);
    expect(await batches.delete(second.id)).toEqual({ id: second.id, type: 'message_batch_deleted' });
    expect(emulator.requests.at(-1)?.headers.has('anthropic-beta')).toBe(false);
  });

  it('waits with core’s polling and streams the results with core’s JSONL reader, beta header on the download', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'text', text: 'Answer one' }] },
      { content: [{ type: 'text', text: 'Answer two' }] },
    );
    const batches = new BetaBatches(client);
    const batch = await batches.create({
      betas: ['extra-2026-01-01'],
      requests: [
        { custom_id: 'one', params: params('1') },
        { custom_id: 'two', params: params('2') },
      ],
    });
    await expect(betaBatchResults(client, batch.id)).rejects.toThrow(AnthropicError);
    const polled: string[] = [];
    const ended = await waitForBetaBatch(client, batch.id, {
      pollInterval: 1,
      onProgress: (current) => void polled.push(current.processing_status),
    });
    expect(ended.processing_status).toBe('ended');
    expect(polled.at(-1)).toBe('ended');
    const results = await batches.results(batch.id, { betas: ['extra-2026-01-01'] });
    expectTypeOf(results).toEqualTypeOf<Stream<BetaMessageBatchIndividualResponse>>();
    const lines: BetaMessageBatchIndividualResponse[] = [];
    for await (const line of results) lines.push(line);
    expect(lines.map((line) => line.custom_id).sort()).toEqual(['one', 'two']);
    expect(lines.every((line) => line.result.type === 'succeeded')).toBe(true);
    const download = emulator.requests.at(-1);
    expect(download?.path).toBe(`/v1/messages/batches/${batch.id}/results`);
    expect(download?.headers.get('accept')).toBe('application/binary');
    expect(download?.headers.get('anthropic-beta')).toBe('extra-2026-01-01');
    const controller = new AbortController();
    controller.abort();
    await expect(batches.waitForEnd(batch.id, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
