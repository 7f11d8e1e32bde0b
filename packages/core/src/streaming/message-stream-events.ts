import type { AnthropicError } from '../errors/anthropic-error.js';
import type { APIUserAbortError } from '../errors/connection-errors.js';
import type { AccumulatableEvent, AccumulatableMessage } from './accumulate-message.js';

/** A block of `M['content']` (e.g. `ContentBlock` for `Message`). */
export type ContentBlockOf<M extends AccumulatableMessage> = M['content'][number];

type TextBlockOf<M extends AccumulatableMessage> = Extract<ContentBlockOf<M>, { type: 'text' }>;

/** The citation type of `M`'s text blocks (e.g. `TextCitation`); `unknown` when `M` has no typed text block. */
export type CitationOf<M extends AccumulatableMessage> = [TextBlockOf<M>] extends [never]
  ? unknown
  : TextBlockOf<M> extends { citations?: ReadonlyArray<infer Citation> | null | undefined }
    ? Citation
    : unknown;

/** The role and content every message parameter has; `MessageParam` and `Message` fit it. */
export interface MessageParamLike {
  role: string;
  content: unknown;
}

/**
 * The events of a {@link MessageStream} and their listener signatures.
 *
 * @example
 * stream.on('text', (delta, snapshot) => process.stdout.write(delta));
 */
export interface MessageStreamEvents<M extends AccumulatableMessage, E extends AccumulatableEvent> {
  /** The HTTP response arrived (or, for `fromReadableStream`, reading started). */
  connect: () => void;
  /** Every raw event, after it was applied to the snapshot. */
  streamEvent: (event: E, snapshot: M) => void;
  /** A `text_delta`: the new text and the block's text so far. */
  text: (textDelta: string, textSnapshot: string) => void;
  /** A `citations_delta`: the new citation and the block's citations so far. */
  citation: (citation: CitationOf<M>, citationsSnapshot: Array<CitationOf<M>>) => void;
  /** An `input_json_delta` on a tool-use block: the fragment and the partial parse of the input so far. */
  inputJson: (partialJson: string, jsonSnapshot: unknown) => void;
  /** A `thinking_delta`: the new thinking and the block's thinking so far. */
  thinking: (thinkingDelta: string, thinkingSnapshot: string) => void;
  /** A `signature_delta`: the block's signature (it replaces the previous one). */
  signature: (signature: string) => void;
  /** A beta `compaction_delta` with content: the block's compacted content so far. */
  compaction: (compactedContent: string) => void;
  /** A block is complete (`content_block_stop`). */
  contentBlock: (block: ContentBlockOf<M>) => void;
  /** A message is complete (`message_stop`); it is also in `receivedMessages`. */
  message: (message: M) => void;
  /** The stream completed; the last message received. */
  finalMessage: (message: M) => void;
  /** The stream failed; non-SDK errors are wrapped in `AnthropicError` with `cause`. `end` follows. */
  error: (error: AnthropicError) => void;
  /** The stream was aborted (`abort()`, the request's signal, or leaving a loop early). `end` follows. */
  abort: (error: APIUserAbortError) => void;
  /** Always last, exactly once; nothing is emitted after it. */
  end: () => void;
}

/**
 * What `emitted(name)` resolves to: nothing, the single argument, or the argument tuple.
 *
 * @typeParam Listener - The event's listener type, e.g. `MessageStreamEvents<Message>['text']`.
 */
export type EmittedValue<Listener extends (...args: never[]) => void> =
  Parameters<Listener> extends [] ? void : Parameters<Listener> extends [infer Only] ? Only : Parameters<Listener>;
