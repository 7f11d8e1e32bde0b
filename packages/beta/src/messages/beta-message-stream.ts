import type { MessageStream } from '@anth/core';
import type { BetaMessage, BetaMessageParam } from '../types/beta-message.js';
import type { BetaRawMessageStreamEvent } from '../types/beta-stream-events.js';

/**
 * The stream `streamBetaMessage` returns: core's one `MessageStream`, typed with the beta message,
 * events and message params.
 *
 * @example
 * const stream: BetaMessageStream = betaMessages.stream(params);
 * stream.on('compaction', (summary) => console.log(summary));
 */
export type BetaMessageStream = MessageStream<BetaMessage, BetaRawMessageStreamEvent, BetaMessageParam>;
