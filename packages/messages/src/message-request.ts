import type { FinalRequestOptions, MessageCreateParams, RequestOptions } from '@anth/core';

/**
 * The `POST /v1/messages` request for `params`: the SDK-only `user_profile_id` travels as the
 * `anthropic-user-profile-id` header, never in the body; the caller's headers win.
 */
export function toMessageRequest(
  params: MessageCreateParams,
  options: RequestOptions | undefined,
  extraHeaders?: Record<string, string>,
): FinalRequestOptions {
  const { user_profile_id: userProfileID, ...body } = params;
  return {
    ...options,
    method: 'post',
    path: '/v1/messages',
    body,
    stream: body.stream === true,
    headers: {
      ...extraHeaders,
      ...(userProfileID === undefined ? undefined : { 'anthropic-user-profile-id': userProfileID }),
      ...options?.headers,
    },
  };
}
