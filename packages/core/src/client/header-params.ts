import type { HeadersInit } from './options.js';

/** The SDK-only params that travel as headers, never in the body (spec api-2026-10-21 §3.1). */
export interface HeaderParams {
  /** Sent as `anthropic-user-profile-id`. */
  user_profile_id?: string | undefined;
  /** Sent as `anthropic-workspace-id`. */
  workspace_id?: string | undefined;
}

/**
 * Splits the header params out of a request's params: the rest is the body, and
 * `user_profile_id` / `workspace_id` become the `anthropic-user-profile-id` /
 * `anthropic-workspace-id` headers, under `headers` (the caller's own headers win).
 *
 * @example
 * const { body, headers } = moveHeaderParams(params, options?.headers);
 * client.post('/v1/messages/count_tokens', { ...options, body, headers });
 */
export function moveHeaderParams<Params extends HeaderParams>(
  params: Params,
  headers: HeadersInit | undefined,
): { body: Omit<Params, keyof HeaderParams>; headers: HeadersInit | undefined } {
  const { user_profile_id: userProfileID, workspace_id: workspaceID, ...body } = params;
  return {
    body,
    // An `undefined` header is skipped when headers are merged.
    headers:
      userProfileID === undefined && workspaceID === undefined
        ? headers
        : { 'anthropic-user-profile-id': userProfileID, 'anthropic-workspace-id': workspaceID, ...headers },
  };
}
