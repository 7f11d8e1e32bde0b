/**
 * Token usage of a response. The API adds fields over time; decoders keep unknown fields.
 * Total input = `input_tokens + cache_creation_input_tokens + cache_read_input_tokens`.
 */

/** Cache-write tokens split by cache TTL. */
export interface CacheCreation {
  /** Input tokens written to the 1-hour cache. */
  ephemeral_1h_input_tokens: number;

  /** Input tokens written to the 5-minute cache. */
  ephemeral_5m_input_tokens: number;
}

/** Server tool request counts. */
export interface ServerToolUsage {
  /** Number of web fetch requests. */
  web_fetch_requests: number;

  /** Number of web search requests. */
  web_search_requests: number;
}

/** Breakdown of `output_tokens` by category (observability only; billing uses `output_tokens`). */
export interface OutputTokensDetails {
  /** Output tokens spent on internal reasoning (always ≤ `output_tokens`). */
  thinking_tokens: number;
}

/**
 * Billing and rate-limit usage of a `Message`.
 *
 * @example
 * ```ts
 * const { input_tokens, output_tokens } = message.usage;
 * ```
 */
export interface Usage {
  /** Cache-write tokens by TTL, or `null`. */
  cache_creation: CacheCreation | null;

  /** Input tokens written to the prompt cache. */
  cache_creation_input_tokens: number | null;

  /** Input tokens read from the prompt cache. */
  cache_read_input_tokens: number | null;

  /** Region where inference ran, or `null`. */
  inference_geo: string | null;

  /** Uncached input tokens. */
  input_tokens: number;

  /**
   * Output tokens. In `message_start` this is provisional; the final value comes from the
   * last `message_delta`.
   */
  output_tokens: number;

  output_tokens_details: OutputTokensDetails | null;

  server_tool_use: ServerToolUsage | null;

  /** Service tier the request ran on. */
  service_tier: 'standard' | 'priority' | 'batch' | null;

  /** Inference speed the request ran at (`fast` when asked for with `speed`). */
  speed?: 'standard' | 'fast' | null;
}

/**
 * Usage carried by a `message_delta` event. Values are cumulative totals: overwrite the
 * snapshot's fields (non-null ones only, except `output_tokens`), never add.
 */
export interface MessageDeltaUsage {
  cache_creation_input_tokens: number | null;

  cache_read_input_tokens: number | null;

  input_tokens: number | null;

  /** Cumulative output tokens; always present. */
  output_tokens: number;

  output_tokens_details: OutputTokensDetails | null;

  server_tool_use: ServerToolUsage | null;
}
