import type { Anthropic, APIPromise, ModelInfo, RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';

/**
 * Options of {@link retrieveModel}: the usual request options plus `workspace_id` (the GA Models API
 * takes no betas).
 *
 * @example
 * const options: RetrieveModelOptions = { workspace_id: 'wrkspc_01…', timeout: 5_000 };
 */
export type RetrieveModelOptions = RequestOptions & {
  /** SDK-only: sent as the `anthropic-workspace-id` header, to read the model in that workspace. */
  workspace_id?: string;
};

/**
 * Fetches one model by id or alias (e.g. `claude-opus-4-6`). Sends no `anthropic-beta`;
 * `workspace_id` goes out as the `anthropic-workspace-id` header.
 *
 * @example
 * const model = await retrieveModel(client, 'claude-opus-4-6');
 */
export function retrieveModel(
  client: Anthropic,
  modelId: string,
  options: RetrieveModelOptions = {},
): APIPromise<ModelInfo> {
  assertWorkspaceParam(options, 'retrieveModel');
  const { body: requestOptions, headers } = moveHeaderParams(options, options.headers);
  // `betas` of an untyped caller (the option of SDKs before 2026-10-21) are not sent: no anthropic-beta here.
  return client.get<ModelInfo>(path`/v1/models/${modelId}`, { ...requestOptions, headers, betas: undefined });
}
