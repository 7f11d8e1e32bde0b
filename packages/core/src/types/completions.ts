/**
 * Legacy Text Completions API (`POST /v1/complete`), served only under API version 2023-06-01 (the
 * SDK sends that version for these requests). Prefer the Messages API. The prompt markers
 * `HUMAN_PROMPT` / `AI_PROMPT` are runtime constants and live elsewhere.
 */
import type { Metadata } from './message-params.js';
import type { Model } from './models.js';

/**
 * A text completion; also each event of a completion stream (where `completion` is the
 * text delta).
 *
 * @deprecated Legacy Text Completions API: use the Messages API.
 */
export interface Completion {
  /** Unique id; format and length may change. */
  id: string;

  /** The completion, up to and excluding the stop sequence. */
  completion: string;

  model: Model;

  /** `stop_sequence` or `max_tokens` (or `null` mid-stream). */
  stop_reason: string | null;

  type: 'completion';
}

/**
 * Parameters of `completions.create()`, without the `stream` discriminant.
 *
 * @deprecated Legacy Text Completions API: use the Messages API.
 */
export interface CompletionCreateParamsBase {
  /** Maximum tokens to generate; the model may stop earlier. */
  max_tokens_to_sample: number;

  model: Model;

  /** The prompt, alternating `"\n\nHuman:"` and `"\n\nAssistant:"` turns and ending with the latter. */
  prompt: string;

  metadata?: Metadata;

  /** Extra stop sequences (the model always stops on `"\n\nHuman:"`). */
  stop_sequences?: string[];

  /** Stream the response as server-sent `completion` events. */
  stream?: boolean;

  /** Sampling temperature, 0–1 (default 1). */
  temperature?: number;

  /** Top-k sampling. */
  top_k?: number;

  /** Nucleus sampling. */
  top_p?: number;

  /** SDK-only: beta names sent as the `anthropic-beta` header, never in the body. */
  betas?: string[];
}

/**
 * `completions.create()` parameters for a single JSON response.
 *
 * @deprecated Legacy Text Completions API: use the Messages API.
 */
export interface CompletionCreateParamsNonStreaming extends CompletionCreateParamsBase {
  stream?: false;
}

/**
 * `completions.create()` parameters for a stream of `Completion` events.
 *
 * @deprecated Legacy Text Completions API: use the Messages API.
 */
export interface CompletionCreateParamsStreaming extends CompletionCreateParamsBase {
  stream: true;
}

/**
 * Parameters of `completions.create()`; `stream` selects the overload.
 *
 * @example
 * ```ts
 * const params: CompletionCreateParams = {
 *   model: 'claude-2.1',
 *   max_tokens_to_sample: 256,
 *   prompt: '\n\nHuman: Hello\n\nAssistant:',
 * };
 * ```
 *
 * @deprecated Legacy Text Completions API: use the Messages API.
 */
export type CompletionCreateParams = CompletionCreateParamsNonStreaming | CompletionCreateParamsStreaming;
