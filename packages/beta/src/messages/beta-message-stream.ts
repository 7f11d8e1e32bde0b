import type { MessageStream } from '@anth/core';
import type { ParsedBetaMessage } from '../structured-output/parsed-beta-message.js';
import type { BetaMessageParam } from '../types/beta-message.js';
import type { BetaRawMessageStreamEvent } from '../types/beta-stream-events.js';

/**
 * The stream `streamBetaMessage` returns: core's one `MessageStream`, typed with the beta message
 * (with `parsed_output`, of type `ParsedT`: `null` without an auto-parseable format), events and
 * message params.
 *
 * @example
 * const stream: BetaMessageStream = betaMessages.stream(params);
 * stream.on('compaction', (summary) => console.log(summary));
 */
export type BetaMessageStream<ParsedT = null> = MessageStream<
  ParsedBetaMessage<ParsedT>,
  BetaRawMessageStreamEvent,
  BetaMessageParam
>;
