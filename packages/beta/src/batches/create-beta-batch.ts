import type { Anthropic, APIPromise, RequestOptions } from '@anth/core';
import { validateBatchRequests } from '@anth/core/internal';
import { MESSAGE_BATCHES_BETA, withRequiredBeta } from '../required-betas.js';
import type { BetaBatchCreateParams, BetaMessageBatch } from '../types/beta-batches.js';

/**
 * Creates a Message Batch of beta requests (`POST /v1/messages/batches?beta=true`, with
 * `message-batches-2024-09-24` after your `betas`).
 *
 * Checked before sending, with the same rules as `createBatch` (a clear `AnthropicError`, nothing
 * sent): `requests` is a non-empty array; every `custom_id` is 1–64 characters of
 * `A–Z a–z 0–9 _ -` and unique in the batch; every `params` is an object. The params themselves are
 * validated by the API as each request runs: invalid ones come back as `errored` results.
 *
 * @example
 * const batch = await createBetaBatch(client, {
 *   betas: ['context-management-2025-06-27'],
 *   requests: [{ custom_id: 'q1', params: { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] } }],
 * });
 */
export function createBetaBatch(
  client: Anthropic,
  params: BetaBatchCreateParams,
  options?: RequestOptions,
): APIPromise<BetaMessageBatch> {
  validateBatchRequests(params, 'createBetaBatch');
  const { betas, user_profile_id: userProfileID, ...body } = params;
  return client.post<BetaMessageBatch>('/v1/messages/batches?beta=true', {
    ...options,
    body,
    betas: withRequiredBeta(betas, MESSAGE_BATCHES_BETA),
    headers:
      userProfileID === undefined
        ? options?.headers
        : { 'anthropic-user-profile-id': userProfileID, ...options?.headers },
  });
}
