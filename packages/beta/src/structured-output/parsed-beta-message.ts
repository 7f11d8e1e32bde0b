import type { ParsedContentBlockOf, WithParsedOutput } from '@anth/core';
import type { BetaContentBlock } from '../types/beta-content-blocks.js';
import type { BetaMessage } from '../types/beta-message.js';

/**
 * What `BetaMessages.parse()` resolves to, and every final message of a beta stream: the
 * `BetaMessage` plus `parsed_output` (the first text block's parsed value, or `null`); every text
 * block carries its own, non-enumerable.
 *
 * @example
 * const message: ParsedBetaMessage<{ answer: string }> = await betaMessages.parse(params);
 */
export type ParsedBetaMessage<ParsedT> = WithParsedOutput<BetaMessage, ParsedT>;

/** A `BetaContentBlock` of a {@link ParsedBetaMessage}. */
export type ParsedBetaContentBlock<ParsedT> = ParsedContentBlockOf<BetaContentBlock, ParsedT>;
