import type { ContentBlock } from '../types/content-blocks.js';
import type { Message } from '../types/message.js';

/**
 * A content block of a parsed message: text blocks carry `parsed_output` (non-enumerable at run
 * time, so it is never sent back), the others are unchanged.
 *
 * @example
 * type Block = ParsedContentBlockOf<ContentBlock, { n: number }>;
 */
export type ParsedContentBlockOf<Block, ParsedT> = Block extends { type: 'text' }
  ? Block & { parsed_output: ParsedT | null }
  : Block;

/**
 * A message with its structured output: `parsed_output` is the first text block's parsed value
 * (`null` when there is none, or no auto-parseable format), and every text block has its own.
 * Generic over the message type, so `@anth/beta` builds `ParsedBetaMessage` from it.
 *
 * @example
 * type Parsed = WithParsedOutput<Message, { n: number }>;
 */
export type WithParsedOutput<M extends { content: readonly unknown[] }, ParsedT> = Omit<M, 'content'> & {
  content: Array<ParsedContentBlockOf<M['content'][number], ParsedT>>;
  parsed_output: ParsedT | null;
};

/**
 * What `parseMessage` / `messages.parse()` resolve to, and every final message of a stream.
 *
 * @example
 * const message: ParsedMessage<{ city: string }> = await parseMessage(client, params);
 * message.parsed_output?.city;
 */
export type ParsedMessage<ParsedT> = WithParsedOutput<Message, ParsedT>;

/** A `ContentBlock` of a {@link ParsedMessage}. */
export type ParsedContentBlock<ParsedT> = ParsedContentBlockOf<ContentBlock, ParsedT>;
