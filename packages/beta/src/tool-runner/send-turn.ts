import { MessageStream, type Anthropic, type RequestOptions } from '@anth/core';
import type { ParsedBetaMessage } from '../structured-output/parsed-beta-message.js';
import type { BetaMessageStream } from '../messages/beta-message-stream.js';
import { createBetaMessage } from '../messages/create-beta-message.js';
import { streamBetaMessage } from '../messages/stream-beta-message.js';
import type { BetaMessage, BetaMessageParam } from '../types/beta-message.js';
import type { BetaRawMessageStreamEvent } from '../types/beta-stream-events.js';
import type { MessageThread, TurnBody } from './message-thread.js';

/** Options of {@link sendTurn} and {@link streamTurn}. */
export interface TurnOptions {
  /** The runner's message thread, when it threads (`thread: true` on the first-party API). */
  thread?: MessageThread | undefined;
  /** A compaction request: a thread of its own, its reply not recorded as the thread's. */
  compaction?: boolean;
}

/**
 * Sends one turn without streaming. On a thread, the body sent is the thread's view of `body` (see
 * `MessageThread.request`), a thread rejection the thread recovers from sends the turn again, and the
 * reply is recorded for the next turn to continue from.
 *
 * @example
 * const reply = await sendTurn(client, body, options, { thread });
 */
export async function sendTurn(
  client: Anthropic,
  body: TurnBody,
  options: RequestOptions,
  { thread, compaction = false }: TurnOptions = {},
): Promise<BetaMessage> {
  if (!thread) return createBetaMessage(client, { ...body, stream: false }, options);
  for (;;) {
    try {
      const reply = await createBetaMessage(
        client,
        { ...thread.request(body, { create: compaction }), stream: false },
        options,
      );
      if (!compaction) thread.record(body, reply);
      return reply;
    } catch (error) {
      if (thread.recover(error)) continue;
      if (!compaction) thread.fail();
      throw error;
    }
  }
}

/**
 * Streams one turn: {@link sendTurn}'s rules, with the sends again happening inside the one stream
 * (a thread rejection arrives before any event). The reply is recorded when the stream completes;
 * a stream that fails has the next turn start a new thread.
 *
 * @example
 * const stream = streamTurn(client, body, options, { thread });
 */
export function streamTurn(
  client: Anthropic,
  body: TurnBody,
  options: RequestOptions,
  { thread, compaction = false }: TurnOptions = {},
): BetaMessageStream {
  if (!thread) return streamBetaMessage(client, body, options);
  const stream = MessageStream.fromRequest<ParsedBetaMessage<null>, BetaRawMessageStreamEvent, BetaMessageParam>(
    async (signal) => {
      for (;;) {
        try {
          return await createBetaMessage(
            client,
            { ...thread.request(body, { create: compaction }), stream: true },
            { ...options, signal, headers: { 'x-stainless-helper-method': 'stream', ...options.headers } },
          ).withResponse();
        } catch (error) {
          if (thread.recover(error)) continue;
          throw error;
        }
      }
    },
    { signal: options.signal, messages: body.messages },
  );
  if (!compaction) {
    stream.on('finalMessage', (reply) => thread.record(body, reply));
    stream.on('error', () => thread.fail());
  }
  return stream;
}
