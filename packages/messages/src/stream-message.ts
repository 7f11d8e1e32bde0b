import { MessageStream, type Anthropic, type Message, type MessageParam, type MessageStreamParams, type RawMessageStreamEvent, type RequestOptions } from '@anth/core';
import { parseSSEStream } from '@anth/core/internal';

/**
 * Streams a reply and accumulates it: typed events (`text`, `inputJson`, `thinking`, `citation`,
 * `contentBlock`, `message`, …), `textStream`, and promises of the final message.
 *
 * @example
 * const stream = streamMessage(client, { model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
 * for await (const text of stream.textStream) process.stdout.write(text);
 * const message = await stream.finalMessage();
 */
export function streamMessage(client: Anthropic, params: MessageStreamParams, options?: RequestOptions): MessageStream<Message, RawMessageStreamEvent> {
  const { user_profile_id: userProfileID, ...body } = params;
  return MessageStream.fromRequest<Message, RawMessageStreamEvent, MessageParam>(
    (signal) =>
      client
        .request(
          {
            ...options,
            method: 'post',
            path: '/v1/messages',
            body: { ...body, stream: true },
            stream: true,
            signal,
            headers: {
              'x-stainless-helper-method': 'stream',
              ...(userProfileID === undefined ? undefined : { 'anthropic-user-profile-id': userProfileID }),
              ...options?.headers,
            },
          },
          parseSSEStream<RawMessageStreamEvent>,
        )
        .withResponse(),
    { signal: options?.signal, messages: params.messages },
  );
}
