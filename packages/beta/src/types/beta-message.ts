/** The beta `Message`: GA fields plus context management, beta stop reasons and usage. */
import type { Message, StopReason, Usage } from '@anth/core';
import type { BetaContentBlock } from './beta-content-blocks.js';
import type { BetaContentBlockParam } from './beta-content-block-params.js';
import type { BetaContextManagementResponse } from './beta-context-management.js';

/** Why the model stopped: the GA reasons plus `compaction` (paused right after server-side compaction). */
export type BetaStopReason = StopReason | 'compaction';

/** Usage of one sampling iteration (a request may run several: compaction, advisor, fallback). */
export interface BetaIterationUsage {
  /** `message`, `compaction`, `advisor_message`, `fallback_message`, … */
  type: string;

  input_tokens: number;

  output_tokens: number;

  cache_creation_input_tokens?: number | null;

  cache_read_input_tokens?: number | null;
}

/** Usage of a beta message: GA usage plus per-iteration usage and the fallback credit status. */
export interface BetaUsage extends Usage {
  /** Per-iteration breakdown when the request ran more than one, or `null`. */
  iterations?: BetaIterationUsage[] | null;

  /** Whether a fallback credit was redeemed, or `null`. */
  fallback_credit?: { status: { type: string } } | null;

  /** Inference speed used (`fast` when requested with `speed`). */
  speed?: 'standard' | 'fast' | null;
}

/**
 * A response of the beta Messages endpoint: one assistant turn.
 *
 * @example
 * const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
 */
export interface BetaMessage extends Omit<Message, 'content' | 'stop_reason' | 'usage'> {
  /** Generated blocks, beta block types included. */
  content: BetaContentBlock[];

  /** The context-management edits applied to the request, or `null`. */
  context_management?: BetaContextManagementResponse | null;

  /** Why generation stopped; `null` only in the `message_start` snapshot of a stream. */
  stop_reason: BetaStopReason | null;

  usage: BetaUsage;
}

/**
 * One input turn of a beta request. `system` is a mid-conversation system message (it may carry
 * `tool_addition` / `tool_removal` blocks).
 *
 * @example
 * const turn: BetaMessageParam = { role: 'user', content: 'Hello, Claude' };
 */
export interface BetaMessageParam {
  content: string | BetaContentBlockParam[];

  role: 'user' | 'assistant' | 'system';
}
