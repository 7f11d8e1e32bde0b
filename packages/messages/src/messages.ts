import type {
  Anthropic,
  APIPromise,
  Message,
  MessageCountTokensParams,
  MessageCreateParams,
  MessageCreateParamsNonStreaming,
  MessageCreateParamsStreaming,
  MessageStream,
  MessageStreamParams,
  MessageTokensCount,
  ParsedMessage,
  ParsedOutputOf,
  RawMessageStreamEvent,
  RequestOptions,
  Stream,
} from '@anth/core';
import { countTokens } from './count-tokens.js';
import { createMessage } from './create-message.js';
import { createMessageStream } from './create-message-stream.js';
import { parseMessage } from './parse-message.js';
import { streamMessage } from './stream-message.js';

/**
 * The Messages API as a class: sugar over {@link createMessage}, {@link streamMessage},
 * {@link parseMessage} and {@link countTokens}. Works with any client, first-party or cloud.
 *
 * @example
 * const messages = new Messages(new Anthropic());
 * const reply = await messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
 */
export class Messages {
  constructor(private readonly client: Anthropic) {}

  /** See {@link createMessage}; with `stream: true`, {@link createMessageStream}. */
  create(params: MessageCreateParamsNonStreaming, options?: RequestOptions): APIPromise<Message>;
  create(params: MessageCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<RawMessageStreamEvent>>;
  create(params: MessageCreateParams, options?: RequestOptions): APIPromise<Message | Stream<RawMessageStreamEvent>>;
  create(params: MessageCreateParams, options?: RequestOptions): APIPromise<Message | Stream<RawMessageStreamEvent>> {
    return params.stream === true
      ? createMessageStream(this.client, params, options)
      : createMessage(this.client, params, options);
  }

  /** See {@link streamMessage}. */
  stream<Params extends MessageStreamParams>(
    params: Params,
    options?: RequestOptions,
  ): MessageStream<ParsedMessage<ParsedOutputOf<Params>>, RawMessageStreamEvent> {
    return streamMessage(this.client, params, options);
  }

  /** See {@link parseMessage}. */
  parse<Params extends MessageCreateParamsNonStreaming>(
    params: Params,
    options?: RequestOptions,
  ): APIPromise<ParsedMessage<ParsedOutputOf<Params>>> {
    return parseMessage(this.client, params, options);
  }

  /** See {@link countTokens}. */
  countTokens(params: MessageCountTokensParams, options?: RequestOptions): APIPromise<MessageTokensCount> {
    return countTokens(this.client, params, options);
  }
}
