/** Model ids and the Models API (`GET /v1/models`, `GET /v1/models/{model_id}`). */

/**
 * A model id or alias. Known ids autocomplete; any other string is accepted.
 *
 * @example
 * ```ts
 * const model: Model = 'claude-opus-4-6';
 * ```
 */
export type Model =
  | 'claude-fable-5-2'
  | 'claude-mythos-5-2'
  | 'claude-sonnet-5'
  | 'claude-fable-5'
  | 'claude-mythos-5'
  | 'claude-opus-5'
  | 'claude-opus-4-8'
  | 'claude-opus-4-7'
  | 'claude-mythos-preview'
  | 'claude-opus-4-6'
  | 'claude-sonnet-4-6'
  | 'claude-haiku-4-5'
  | 'claude-haiku-4-5-20251001'
  | 'claude-opus-4-5'
  | 'claude-opus-4-5-20251101'
  | 'claude-sonnet-4-5'
  | 'claude-sonnet-4-5-20250929'
  | (string & {});

/** Whether a capability is supported. */
export interface CapabilitySupport {
  supported: boolean;
}

/** Context-management support and its strategies. */
export interface ContextManagementCapability {
  clear_thinking_20251015: CapabilitySupport | null;

  clear_tool_uses_20250919: CapabilitySupport | null;

  compact_20260112: CapabilitySupport | null;

  supported: boolean;
}

/** Effort support and its levels. */
export interface EffortCapability {
  high: CapabilitySupport;

  low: CapabilitySupport;

  max: CapabilitySupport;

  medium: CapabilitySupport;

  supported: boolean;

  xhigh: CapabilitySupport | null;
}

/** Supported thinking configurations. */
export interface ThinkingTypes {
  adaptive: CapabilitySupport;

  enabled: CapabilitySupport;
}

/** Thinking support and its configurations. */
export interface ThinkingCapability {
  supported: boolean;

  types: ThinkingTypes;
}

/** What a model supports; every known capability key is present. */
export interface ModelCapabilities {
  batch: CapabilitySupport;

  citations: CapabilitySupport;

  code_execution: CapabilitySupport;

  context_management: ContextManagementCapability;

  effort: EffortCapability;

  image_input: CapabilitySupport;

  pdf_input: CapabilitySupport;

  structured_outputs: CapabilitySupport;

  thinking: ThinkingCapability;
}

/** A model as described by the Models API. Unknown fields are kept. */
export interface ModelInfo {
  /** Model id, usable as `model`. */
  id: string;

  capabilities: ModelCapabilities | null;

  /** RFC 3339 release time (an epoch value if unknown). */
  created_at: string;

  /** Human-readable name. */
  display_name: string;

  /** Context window in tokens, or `null`. */
  max_input_tokens: number | null;

  /** Largest allowed `max_tokens`, or `null`. */
  max_tokens: number | null;

  type: 'model';
}

/**
 * Query of `models.list()` (Page pagination; newest models first), plus `workspace_id`, which is
 * sent as a header. The GA Models API takes no betas: it never sends `anthropic-beta` (the beta
 * namespace's list does).
 *
 * @example
 * const params: ModelListParams = { limit: 5, workspace_id: 'wrkspc_01…' };
 */
export interface ModelListParams {
  /** Return the page right after this id. */
  after_id?: string;

  /** Return the page right before this id (walks backwards). */
  before_id?: string;

  /** Items per page, 1–1000 (default 20). */
  limit?: number;

  /**
   * SDK-only: not sent in the query. Sent as the `anthropic-workspace-id` header, to list the models
   * of that workspace.
   */
  workspace_id?: string;
}
