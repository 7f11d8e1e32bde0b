import type { FinalRequestOptions, MessageCreateParams, RequestOptions } from '@anth/core';
import { moveHeaderParams } from '@anth/core/internal';

/**
 * The `POST /v1/messages` request for `params`: the SDK-only `user_profile_id` and `workspace_id`
 * travel as the `anthropic-user-profile-id` / `anthropic-workspace-id` headers, never in the body;
 * the caller's headers win. Anything else in `params` is sent as given (nothing is stripped).
 */
export function toMessageRequest(
  params: MessageCreateParams,
  options: RequestOptions | undefined,
  extraHeaders?: Record<string, string>,
): FinalRequestOptions {
  const { body, headers } = moveHeaderParams(params, { ...extraHeaders, ...options?.headers });
  return {
    ...options,
    method: 'post',
    path: '/v1/messages',
    body,
    stream: body.stream === true,
    headers,
  };
}
