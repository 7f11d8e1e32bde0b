/**
 * The `Message` response object and the fields that describe how it ended.
 * The API adds fields over time; decoders keep unknown fields.
 */
import type { ContentBlock } from './content-blocks.js';
import type { Model } from './models.js';
import type { Usage } from './usage.js';

/**
 * Why the model stopped:
 * - `end_turn`: natural stopping point;
 * - `max_tokens`: hit `max_tokens` or the model's maximum;
 * - `stop_sequence`: generated one of `stop_sequences` (see `Message.stop_sequence`);
 * - `tool_use`: called one or more tools;
 * - `pause_turn`: a long-running turn was paused; send the content back as-is to continue;
 * - `refusal`: a safety classifier intervened (see `Message.stop_details`);
 * - `model_context_window_exceeded`: the context window is full.
 */
export type StopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'pause_turn'
  | 'refusal'
  | 'model_context_window_exceeded';

/** Structured information about a refusal (`stop_reason: "refusal"`). */
export interface RefusalStopDetails {
  /** Policy category that triggered the refusal, or `null`. */
  category: 'cyber' | 'bio' | 'frontier_llm' | 'reasoning_extraction' | 'general_harms' | null;

  /** Human-readable explanation; not stable text; `null` when none is available. */
  explanation: string | null;

  type: 'refusal';
}

/** Structured stop details of a `Message` (currently only refusals). */
export type StopDetails = RefusalStopDetails;

/** A skill loaded in a code-execution container. */
export interface ContainerSkill {
  skill_id: string;

  /** `anthropic` (built-in) or `custom` (uploaded with the Skills API). */
  type: 'anthropic' | 'custom';

  /** The resolved version (a skill version id for custom skills). */
  version: string;
}

/** The code-execution container used by a request; reuse it with `container: id`. */
export interface Container {
  /** Container id, to pass as `container` on a later request. */
  id: string;

  /** RFC 3339 time at which the container expires. */
  expires_at: string;

  /** Skills loaded in the container, or `null`. */
  skills: ContainerSkill[] | null;
}

/** Why the prompt cache missed: something in the prompt changed since the compared reply. */
export interface CacheMissChanged {
  type: 'model_changed' | 'system_changed' | 'tools_changed' | 'messages_changed';

  /** Input tokens that were not read from the cache because of the change. */
  cache_missed_input_tokens: number;
}

/** Why the prompt cache missed: the compared reply is unknown to the API. */
export interface CacheMissPreviousMessageNotFound {
  type: 'previous_message_not_found';
}

/** Why the prompt cache missed: no diagnosis is available. */
export interface CacheMissUnavailable {
  type: 'unavailable';
}

/**
 * Why the prompt cache missed relative to `diagnostics.previous_message_id`, discriminated on `type`.
 *
 * @example
 * const reason = message.diagnostics?.cache_miss_reason;
 * if (reason?.type === 'system_changed') console.log(reason.cache_missed_input_tokens);
 */
export type CacheMissReason = CacheMissChanged | CacheMissPreviousMessageNotFound | CacheMissUnavailable;

/** Cache diagnostics of a reply, when the request asked for them with `diagnostics`. */
export interface Diagnostics {
  /** Why the prompt cache missed, or `null` when it did not. */
  cache_miss_reason: CacheMissReason | null;
}

/**
 * A response from `POST /v1/messages`: one assistant turn.
 *
 * @example
 * ```ts
 * const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
 * ```
 */
export interface Message {
  /** Unique id (`msg_…`); format and length may change. */
  id: string;

  /** Container used by code execution, or `null`. */
  container: Container | null;

  /**
   * Generated content blocks. If the request ended with an assistant turn, the content
   * continues directly from it.
   */
  content: ContentBlock[];

  /** Cache diagnostics when the request set `diagnostics`, else `null` (or absent). */
  diagnostics?: Diagnostics | null;

  model: Model;

  role: 'assistant';

  /** Refusal details, or `null`. */
  stop_details: StopDetails | null;

  /** Why generation stopped; `null` only in the `message_start` snapshot of a stream. */
  stop_reason: StopReason | null;

  /** The custom stop sequence that was generated, or `null`. */
  stop_sequence: string | null;

  type: 'message';

  usage: Usage;
}
