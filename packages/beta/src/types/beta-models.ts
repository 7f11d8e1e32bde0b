/** The Models API on the beta endpoint (`/v1/models?beta=true`). */
import type { ModelInfo } from '@anth/core';

/** A model as the beta endpoint describes it: GA fields plus the models it may fall back to. */
export interface BetaModelInfo extends ModelInfo {
  /** Models usable in `fallbacks` for this one, or `null`. */
  allowed_fallback_models?: string[] | null;
}
