import type { Anthropic, APIPromise, RequestOptions } from '@anth/core';
import { moveHeaderParams, validateBatchRequests, assertParams } from '@anth/core/internal';
import type { BetaBatchCreateParams, BetaMessageBatch } from '../types/beta-batches.js';

/**
 * Creates a Message Batch of beta requests (`POST /v1/messages/batches`): your `betas` (for the
 * batch's requests) go in `anthropic-beta`, joined with the client's default `anthropic-beta`; no
 * batches beta is added (batches are GA). `user_profile_id` / `workspace_id` are sent as headers.
 *
 * Checked before sending, with the same rules as `createBatch` (a clear `AnthropicError`, nothing
 * sent): `requests` is a non-empty array; every `custom_id` is 1–64 characters of
 * `A–Z a–z 0–9 _ -` and unique in the batch; every `params` is an object. The params themselves are
 * validated by the API as each request runs: invalid ones come back as `errored` results.
 *
 * @example
 * const batch = await createBetaBatch(client, {
 *   betas: ['context-management-2025-06-27'],
 *   requests: [{ custom_id: 'q1', params: { model: 'claude-opus-4-6', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] } }],
 * });
 */
export function createBetaBatch(
  client: Anthropic,
  params: BetaBatchCreateParams,
  options?: RequestOptions,
): APIPromise<BetaMessageBatch> {
  assertParams(params, 'createBetaBatch');
  validateBatchRequests(params, 'createBetaBatch');
  const { betas, ...rest } = params;
  const { body, headers } = moveHeaderParams(rest, options?.headers);
  return client.post<BetaMessageBatch>('/v1/messages/batches', { ...options, body, betas, headers });
}
