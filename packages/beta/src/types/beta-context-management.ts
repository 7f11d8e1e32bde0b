/**
 * Context management (`context_management`, needs the `context-management-2025-06-27` beta): edits
 * the API applies to the conversation before the model sees it, and what it reports back.
 */

/** A threshold in input tokens. */
export interface BetaInputTokensTrigger {
  type: 'input_tokens';

  value: number;
}

/** A threshold in tool uses. */
export interface BetaToolUsesTrigger {
  type: 'tool_uses';

  value: number;
}

/** Clear at least this many input tokens, or nothing. */
export interface BetaInputTokensClearAtLeast {
  type: 'input_tokens';

  value: number;
}

/** Keep this many of the most recent tool uses. */
export interface BetaToolUsesKeep {
  type: 'tool_uses';

  value: number;
}

/**
 * Clears old tool results (and optionally inputs) once a trigger is reached.
 *
 * @example
 * const edit: BetaClearToolUses20250919Edit = { type: 'clear_tool_uses_20250919', trigger: { type: 'input_tokens', value: 30_000 }, keep: { type: 'tool_uses', value: 3 } };
 */
export interface BetaClearToolUses20250919Edit {
  type: 'clear_tool_uses_20250919';

  clear_at_least?: BetaInputTokensClearAtLeast | null;

  /** `true` clears every tool input too; a list clears the inputs of those tools. */
  clear_tool_inputs?: boolean | string[] | null;

  /** Tools whose uses are never cleared. */
  exclude_tools?: string[] | null;

  keep?: BetaToolUsesKeep;

  trigger?: BetaInputTokensTrigger | BetaToolUsesTrigger;
}

/** Keep the thinking of this many recent assistant turns. */
export interface BetaThinkingTurns {
  type: 'thinking_turns';

  value: number;
}

/** Keep the thinking of every turn. */
export interface BetaAllThinkingTurns {
  type: 'all';
}

/** Clears the thinking blocks of older assistant turns. */
export interface BetaClearThinking20251015Edit {
  type: 'clear_thinking_20251015';

  keep?: BetaThinkingTurns | BetaAllThinkingTurns | 'all';
}

/** Server-side compaction: older turns are summarised into a `compaction` block once the trigger is reached. */
export interface BetaCompact20260112Edit {
  type: 'compact_20260112';

  /** Instructions for the summary. */
  instructions?: string | null;

  /** End the turn with `stop_reason: "compaction"` right after compacting. */
  pause_after_compaction?: boolean;

  trigger?: BetaInputTokensTrigger | null;
}

/**
 * The `context_management` request parameter.
 *
 * @example
 * const context_management: BetaContextManagementConfig = { edits: [{ type: 'clear_tool_uses_20250919' }] };
 */
export interface BetaContextManagementConfig {
  edits?: Array<BetaClearToolUses20250919Edit | BetaClearThinking20251015Edit | BetaCompact20260112Edit>;
}

/** What a `clear_tool_uses_20250919` edit cleared. */
export interface BetaClearToolUses20250919EditResponse {
  cleared_input_tokens: number;

  cleared_tool_uses: number;

  type: 'clear_tool_uses_20250919';
}

/** What a `clear_thinking_20251015` edit cleared. */
export interface BetaClearThinking20251015EditResponse {
  cleared_input_tokens: number;

  cleared_thinking_turns: number;

  type: 'clear_thinking_20251015';
}

/** The edits applied to a request (`BetaMessage.context_management`). */
export interface BetaContextManagementResponse {
  applied_edits: Array<BetaClearToolUses20250919EditResponse | BetaClearThinking20251015EditResponse>;
}

/** Context management as counted by `countTokens`. */
export interface BetaCountTokensContextManagementResponse {
  /** The token count before the edits were applied. */
  original_input_tokens: number;
}
