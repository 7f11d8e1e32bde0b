import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import type { BetaModelInfo } from '../types/beta-models.js';

/**
 * Fetches one model from the beta endpoint (`GET /v1/models/{model_id}`).
 *
 * @example
 * const model = await retrieveBetaModel(client, 'claude-opus-4-6', { betas: ['some-beta-2026-01-01'] });
 */
export function retrieveBetaModel(
  client: Anthropic,
  modelId: string,
  options?: BetaRequestOptions,
): APIPromise<BetaModelInfo> {
  return client.get<BetaModelInfo>(path`/v1/models/${modelId}`, options);
}
