import type { Anthropic, APIPromise, BatchCreateParams, MessageBatch, RequestOptions } from '@anth/core';
import { moveHeaderParams, validateBatchRequests, assertParams } from '@anth/core/internal';

/**
 * Creates a Message Batch: up to 100 000 Messages API requests processed asynchronously (most end
 * within an hour, all within 24 hours), each with your `custom_id` to match its result.
 *
 * Checked before sending (a clear `AnthropicError`, nothing sent): `requests` is a non-empty
 * array; every `custom_id` is 1–64 characters of `A–Z a–z 0–9 _ -` and unique in the batch;
 * every `params` is an object. The params themselves are validated by the API as each request
 * runs: invalid ones come back as `errored` results. `user_profile_id` and `workspace_id` are sent as
 * the `anthropic-user-profile-id` / `anthropic-workspace-id` headers, never in the body.
 *
 * @example
 * const batch = await createBatch(client, {
 *   requests: [
 *     { custom_id: 'greeting', params: { model: 'claude-opus-4-6', max_tokens: 256, messages: [{ role: 'user', content: 'Hello' }] } },
 *     { custom_id: 'farewell', params: { model: 'claude-opus-4-6', max_tokens: 256, messages: [{ role: 'user', content: 'Goodbye' }] } },
 *   ],
 * });
 */
export function createBatch(
  client: Anthropic,
  params: BatchCreateParams,
  options?: RequestOptions,
): APIPromise<MessageBatch> {
  assertParams(params, 'createBatch');
  validateBatchRequests(params, 'createBatch');
  const { body, headers } = moveHeaderParams(params, options?.headers);
  return client.post<MessageBatch>('/v1/messages/batches', { ...options, body, headers });
}
