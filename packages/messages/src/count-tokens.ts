import type { Anthropic, APIPromise, MessageCountTokensParams, MessageTokensCount, RequestOptions } from '@anth/core';
import { moveHeaderParams, assertParams } from '@anth/core/internal';

/**
 * Counts the input tokens of a message request (messages, system, tools, thinking) without sending it
 * to a model. `user_profile_id` and `workspace_id` are sent as headers, never in the body.
 *
 * @example
 * const { input_tokens } = await countTokens(client, { model: 'claude-opus-4-6', messages });
 */
export function countTokens(
  client: Anthropic,
  params: MessageCountTokensParams,
  options?: RequestOptions,
): APIPromise<MessageTokensCount> {
  assertParams(params, 'countTokens');
  const { body, headers } = moveHeaderParams(params, options?.headers);
  return client.post<MessageTokensCount>('/v1/messages/count_tokens', { ...options, body, headers });
}
