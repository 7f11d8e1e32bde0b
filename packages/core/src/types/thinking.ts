/** Extended-thinking configuration (`MessageCreateParams.thinking`). */

/** Extended thinking with an explicit token budget. */
export interface ThinkingConfigEnabled {
  /**
   * Tokens Claude may spend on internal reasoning. Must be ≥ 1024 and less than
   * `max_tokens` (it counts towards `max_tokens`).
   */
  budget_tokens: number;

  type: 'enabled';

  /** `summarized` (default) returns thinking; `omitted` returns only the signature. */
  display?: 'summarized' | 'omitted' | null;
}

/** Extended thinking off. */
export interface ThinkingConfigDisabled {
  type: 'disabled';
}

/** The model decides how much to think (recommended on newer models). */
export interface ThinkingConfigAdaptive {
  type: 'adaptive';

  /** `summarized` (default) returns thinking; `omitted` returns only the signature. */
  display?: 'summarized' | 'omitted' | null;
}

/** The model thinks only between tool calls, not before its first reply block. */
export interface ThinkingConfigBetweenTools {
  type: 'between_tools';
}

/**
 * Extended-thinking setting; responses then include `thinking` blocks.
 *
 * @example
 * ```ts
 * const thinking: ThinkingConfigParam = { type: 'enabled', budget_tokens: 2048 }; // with max_tokens > 2048
 * ```
 */
export type ThinkingConfigParam =
  | ThinkingConfigEnabled
  | ThinkingConfigDisabled
  | ThinkingConfigAdaptive
  | ThinkingConfigBetweenTools;
