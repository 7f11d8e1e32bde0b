import type { Anthropic, APIPromise, MessageCountTokensParams, MessageTokensCount, RequestOptions } from '@anth/core';

/**
 * Counts the input tokens of a message request (messages, system, tools, thinking) without sending it to a model.
 *
 * @example
 * const { input_tokens } = await countTokens(client, { model: 'claude-sonnet-4-5', messages });
 */
export function countTokens(
  client: Anthropic,
  params: MessageCountTokensParams,
  options?: RequestOptions,
): APIPromise<MessageTokensCount> {
  const { user_profile_id: userProfileID, ...body } = params;
  return client.post<MessageTokensCount>('/v1/messages/count_tokens', {
    ...options,
    body,
    headers:
      userProfileID === undefined
        ? options?.headers
        : { 'anthropic-user-profile-id': userProfileID, ...options?.headers },
  });
}
