/**
 * Server-sent events of a streamed `POST /v1/messages` (streaming spec §2–§3). Wire order:
 * `message_start`, then per block `content_block_start` / `content_block_delta`* /
 * `content_block_stop`, then `message_delta`, `message_stop`. `ping` is skipped and `error`
 * is thrown by the SSE layer, so neither is part of `RawMessageStreamEvent`.
 */
import type { TextCitation } from './citations.js';
import type { ContentBlock } from './content-blocks.js';
import type { Container, Message, StopDetails, StopReason } from './message.js';
import type { MessageDeltaUsage } from './usage.js';

/** Appends `text` to a `text` block. */
export interface TextDelta {
  text: string;

  type: 'text_delta';
}

/**
 * A fragment of a `tool_use` / `server_tool_use` block's JSON input. Concatenate the
 * fragments; the result only parses once complete (partial-parse in between).
 */
export interface InputJSONDelta {
  partial_json: string;

  type: 'input_json_delta';
}

/** Appends one citation to a `text` block's `citations`. */
export interface CitationsDelta {
  citation: TextCitation;

  type: 'citations_delta';
}

/** Appends `thinking` to a `thinking` block. */
export interface ThinkingDelta {
  thinking: string;

  type: 'thinking_delta';
}

/** Sets (replaces) a `thinking` block's `signature`; sent just before its `content_block_stop`. */
export interface SignatureDelta {
  signature: string;

  type: 'signature_delta';
}

/**
 * The `delta` of a `content_block_delta` event. Closed for exhaustiveness, but a stream
 * consumer must ignore delta types it does not know rather than throw.
 */
export type RawContentBlockDelta = TextDelta | InputJSONDelta | CitationsDelta | ThinkingDelta | SignatureDelta;

/** First event: the message with empty `content`, `stop_reason: null` and provisional usage. */
export interface RawMessageStartEvent {
  message: Message;

  type: 'message_start';
}

/** The `delta` of a `message_delta` event: the message's final stop fields. */
export interface RawMessageDelta {
  /** Container used by code execution; apply only when non-null. */
  container: Container | null;

  stop_details: StopDetails | null;

  stop_reason: StopReason | null;

  stop_sequence: string | null;
}

/** Top-level message changes near the end of a stream, with cumulative usage. */
export interface RawMessageDeltaEvent {
  delta: RawMessageDelta;

  type: 'message_delta';

  /** Cumulative totals: overwrite, never add. */
  usage: MessageDeltaUsage;
}

/** Last event of a successful stream. */
export interface RawMessageStopEvent {
  type: 'message_stop';
}

/**
 * A new content block at `index`: `text` with `text: ""`, `thinking` with empty
 * `thinking`/`signature`, tool uses with `input: {}`, server tool results complete.
 */
export interface RawContentBlockStartEvent {
  content_block: ContentBlock;

  /** 0-based block index; blocks arrive in order. */
  index: number;

  type: 'content_block_start';
}

/** An incremental change to the block at `index`. */
export interface RawContentBlockDeltaEvent {
  delta: RawContentBlockDelta;

  index: number;

  type: 'content_block_delta';
}

/** The block at `index` is complete. */
export interface RawContentBlockStopEvent {
  index: number;

  type: 'content_block_stop';
}

/**
 * Any event yielded by a message `Stream`, discriminated on `type`.
 *
 * @example
 * ```ts
 * for await (const event of stream) {
 *   if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') process.stdout.write(event.delta.text);
 * }
 * ```
 */
export type RawMessageStreamEvent =
  | RawMessageStartEvent
  | RawMessageDeltaEvent
  | RawMessageStopEvent
  | RawContentBlockStartEvent
  | RawContentBlockDeltaEvent
  | RawContentBlockStopEvent;

/** Alias of `RawMessageStreamEvent` (official SDK name). */
export type MessageStreamEvent = RawMessageStreamEvent;

/** Alias of `RawMessageStartEvent` (official SDK name). */
export type MessageStartEvent = RawMessageStartEvent;

/** Alias of `RawMessageDeltaEvent` (official SDK name). */
export type MessageDeltaEvent = RawMessageDeltaEvent;

/** Alias of `RawMessageStopEvent` (official SDK name). */
export type MessageStopEvent = RawMessageStopEvent;

/** Alias of `RawContentBlockStartEvent` (official SDK name). */
export type ContentBlockStartEvent = RawContentBlockStartEvent;

/** Alias of `RawContentBlockDeltaEvent` (official SDK name). */
export type ContentBlockDeltaEvent = RawContentBlockDeltaEvent;

/** Alias of `RawContentBlockStopEvent` (official SDK name). */
export type ContentBlockStopEvent = RawContentBlockStopEvent;
