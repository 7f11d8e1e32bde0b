/** The beta `Message`: GA fields plus context management, beta stop reasons and usage. */
import type { Message, OutputConfig, StopReason, TextBlockParam, Usage } from '@anth/core';
import type { BetaContentBlock } from './beta-content-blocks.js';
import type {
  BetaContentBlockParam,
  BetaRequestToolAdditionBlock,
  BetaRequestToolRemovalBlock,
} from './beta-content-block-params.js';
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
 * The content of a beta user or assistant turn: a string (one `text` block) or beta content blocks.
 *
 * @example
 * const content: BetaMessageContentParam = [{ type: 'text', text: 'Summarize the docs.' }];
 */
export type BetaMessageContentParam = string | BetaContentBlockParam[];

/**
 * A beta user turn.
 *
 * @example
 * const turn: BetaUserMessageParam = { role: 'user', content: 'Hello, Claude' };
 */
export interface BetaUserMessageParam {
  content: BetaMessageContentParam;

  role: 'user';
}

/**
 * A beta assistant turn.
 *
 * @example
 * const turn: BetaAssistantMessageParam = { role: 'assistant', content: [{ type: 'compaction', content: 'Summary…' }] };
 */
export interface BetaAssistantMessageParam {
  content: BetaMessageContentParam;

  role: 'assistant';
}

/**
 * A beta mid-conversation system message: text, or tools made available (`tool_addition`) or
 * withdrawn (`tool_removal`) from this point on. Unlike the GA one, `content` may be left out (a
 * message that only sets `clear_at` or `output_config`).
 *
 * @example
 * const turn: BetaSystemMessageParam = {
 *   role: 'system',
 *   content: [{ type: 'tool_removal', tool: { type: 'tool_reference', name: 'delete_file' } }],
 * };
 */
export interface BetaSystemMessageParam {
  content?: string | Array<TextBlockParam | BetaRequestToolAdditionBlock | BetaRequestToolRemovalBlock>;

  role: 'system';

  /** When this system message stops applying: at the next user message, or `never` (the default). */
  clear_at?: 'next_user_message' | 'never' | null;

  /** Effort from this point of the conversation on. */
  output_config?: { effort?: OutputConfig['effort'] };
}

/**
 * One input turn of a beta request, discriminated by `role`.
 *
 * @example
 * const turn: BetaMessageParam = { role: 'user', content: 'Hello, Claude' };
 */
export type BetaMessageParam = BetaUserMessageParam | BetaAssistantMessageParam | BetaSystemMessageParam;
