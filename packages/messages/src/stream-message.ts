import {
  MessageStream,
  type Anthropic,
  type MessageParam,
  type MessageStreamParams,
  type ParsedMessage,
  type ParsedOutputOf,
  type RawMessageStreamEvent,
  type RequestOptions,
} from '@anth/core';
import { parseSSEItems, warnOnDiscouragedParams, assertParams } from '@anth/core/internal';
import { toMessageRequest } from './message-request.js';

/**
 * Streams a reply and accumulates it: typed events (`text`, `inputJson`, `thinking`, `citation`,
 * `contentBlock`, `message`, …), `textStream`, and promises of the final message. Every completed
 * message carries `parsed_output`: with an `output_config.format` from `zodOutputFormat` /
 * `jsonSchemaOutputFormat`, the parsed (and typed) first text block (a failure fails the stream with a
 * `StructuredOutputError`); otherwise `null`.
 *
 * @example
 * const stream = streamMessage(client, { model: 'claude-opus-4-6', max_tokens: 1024, messages });
 * for await (const text of stream.textStream) process.stdout.write(text);
 * const message = await stream.finalMessage();
 */
export function streamMessage<Params extends MessageStreamParams>(
  client: Anthropic,
  params: Params,
  options?: RequestOptions,
): MessageStream<ParsedMessage<ParsedOutputOf<Params>>, RawMessageStreamEvent> {
  assertParams(params, 'streamMessage');
  warnOnDiscouragedParams(client, params);
  return MessageStream.fromRequest<ParsedMessage<ParsedOutputOf<Params>>, RawMessageStreamEvent, MessageParam>(
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
    { signal: options?.signal, messages: params.messages, outputFormat: params.output_config?.format },
  );
}
