import type { Anthropic, APIPromise } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';
import type { BetaModelInfo } from '../types/beta-models.js';

/**
 * Fetches one model from the beta endpoint (`GET /v1/models/{model_id}`); `betas` and
 * `workspace_id` from the options are sent as the `anthropic-beta` / `anthropic-workspace-id` headers.
 *
 * @example
 * const model = await retrieveBetaModel(client, 'claude-opus-4-6', { betas: ['some-beta-2026-01-01'] });
 */
export function retrieveBetaModel(
  client: Anthropic,
  modelId: string,
  options: BetaWorkspaceRequestOptions = {},
): APIPromise<BetaModelInfo> {
  assertWorkspaceParam(options, 'retrieveBetaModel');
  const { body: requestOptions, headers } = moveHeaderParams(options, options.headers);
  return client.get<BetaModelInfo>(path`/v1/models/${modelId}`, { ...requestOptions, headers });
}
