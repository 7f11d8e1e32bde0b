import {
  MessageStream,
  type Anthropic,
  type Message,
  type MessageParam,
  type MessageStreamParams,
  type RawMessageStreamEvent,
  type RequestOptions,
} from '@anth/core';
import { parseSSEItems, warnOnDiscouragedParams } from '@anth/core/internal';
import { toMessageRequest } from './message-request.js';

/**
 * Streams a reply and accumulates it: typed events (`text`, `inputJson`, `thinking`, `citation`,
 * `contentBlock`, `message`, …), `textStream`, and promises of the final message.
 *
 * @example
 * const stream = streamMessage(client, { model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
 * for await (const text of stream.textStream) process.stdout.write(text);
 * const message = await stream.finalMessage();
 */
export function streamMessage(
  client: Anthropic,
  params: MessageStreamParams,
  options?: RequestOptions,
): MessageStream<Message, RawMessageStreamEvent> {
  warnOnDiscouragedParams(client, params);
  return MessageStream.fromRequest<Message, RawMessageStreamEvent, MessageParam>(
    (signal) =>
      client
        .request(
          {
            ...toMessageRequest({ ...params, stream: true }, options, { 'x-stainless-helper-method': 'stream' }),
            signal,
          },
          parseSSEItems<RawMessageStreamEvent>,
        )
        .withResponse(),
    { signal: options?.signal, messages: params.messages },
  );
}
