/** The Models API in the beta namespace (`/v1/models` with an `anthropic-beta` header). */
import type { ModelInfo, ModelListParams } from '@anth/core';

/** A model as the beta endpoint describes it: GA fields plus the models it may fall back to. */
export interface BetaModelInfo extends ModelInfo {
  /** Models usable in `fallbacks` for this one, or `null`. */
  allowed_fallback_models?: string[] | null;
}

/**
 * Query of `betaModels.list()`, plus the `betas` sent as the `anthropic-beta` header and the
 * `workspace_id` sent as the `anthropic-workspace-id` header (neither in the query).
 *
 * @example
 * const params: BetaModelListParams = { limit: 5, betas: ['some-beta-2026-01-01'], workspace_id: 'wrkspc_01…' };
 */
export interface BetaModelListParams extends ModelListParams {
  /** Beta names for `anthropic-beta`, added to the client's default; not sent in the query. */
  betas?: string[];
}
