/** Server-sent events of a streamed beta message: GA events with beta blocks, deltas and fields. */
import type {
  Container,
  RawContentBlockDelta,
  RawContentBlockStopEvent,
  RawMessageStopEvent,
  StopDetails,
  MessageDeltaUsage,
} from '@anth/core';
import type { BetaContentBlock } from './beta-content-blocks.js';
import type { BetaContextManagementResponse } from './beta-context-management.js';
import type { BetaIterationUsage, BetaMessage, BetaStopReason } from './beta-message.js';

/** Appends to a `compaction` block's `content`; replaces its `encrypted_content`. */
export interface BetaCompactionContentBlockDelta {
  content: string | null;

  encrypted_content: string | null;

  type: 'compaction_delta';
}

/** The `delta` of a beta `content_block_delta` event. Ignore types you do not know. */
export type BetaRawContentBlockDelta = RawContentBlockDelta | BetaCompactionContentBlockDelta;

/** First event: the message with empty `content`. */
export interface BetaRawMessageStartEvent {
  message: BetaMessage;

  type: 'message_start';
}

/** A new block at `index`. */
export interface BetaRawContentBlockStartEvent {
  content_block: BetaContentBlock;

  index: number;

  type: 'content_block_start';
}

/** An incremental change to the block at `index`. */
export interface BetaRawContentBlockDeltaEvent {
  delta: BetaRawContentBlockDelta;

  index: number;

  type: 'content_block_delta';
}

/** Usage of a beta `message_delta`: cumulative totals, overwrite rather than add. */
export interface BetaMessageDeltaUsage extends MessageDeltaUsage {
  iterations?: BetaIterationUsage[] | null;
}

/** Stop fields and cumulative usage near the end of a beta stream. */
export interface BetaRawMessageDeltaEvent {
  delta: {
    container: Container | null;
    stop_details?: StopDetails | null;
    stop_reason: BetaStopReason | null;
    stop_sequence: string | null;
  };

  /** Context-management edits applied, when known. */
  context_management?: BetaContextManagementResponse | null;

  type: 'message_delta';

  usage: BetaMessageDeltaUsage;
}

/**
 * Any event of a beta message stream, discriminated on `type`.
 *
 * @example
 * for await (const event of stream) if (event.type === 'content_block_delta' && event.delta.type === 'compaction_delta') console.log(event.delta.content);
 */
export type BetaRawMessageStreamEvent =
  | BetaRawMessageStartEvent
  | BetaRawMessageDeltaEvent
  | RawMessageStopEvent
  | BetaRawContentBlockStartEvent
  | BetaRawContentBlockDeltaEvent
  | RawContentBlockStopEvent;
