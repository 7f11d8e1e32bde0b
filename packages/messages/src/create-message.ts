import type {
  Anthropic,
  APIPromise,
  Message,
  MessageCreateParamsNonStreaming,
  RequestOptions,
  ResponseParser,
} from '@anth/core';
import { AnthropicError } from '@anth/core';
import { guardLongRequest, warnOnDiscouragedParams, assertParams } from '@anth/core/internal';
import { toMessageRequest } from './message-request.js';

/**
 * Sends a message and resolves to Claude's reply. Streaming lives in its own functions
 * ({@link createMessageStream} for raw events, `streamMessage` for an accumulated stream), so a bundle
 * that only creates messages carries no SSE code. Throws synchronously (before sending) for a request
 * that could exceed 10 minutes when no timeout was configured.
 *
 * @example
 * const message = await createMessage(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }],
 * });
 */
export function createMessage(
  client: Anthropic,
  params: MessageCreateParamsNonStreaming,
  options?: RequestOptions,
): APIPromise<Message> {
  return requestMessage<Message>(client, params, options);
}

/**
 * {@link createMessage} with the reply read by `parse` (the default JSON parser when absent): the
 * one place a non-streaming message is sent, so `parseMessage` checks what `createMessage` checks.
 *
 * @example
 * requestMessage(client, params, options, (props) => parseJSONResponse(props).then(addParsedOutput));
 */
export function requestMessage<T>(
  client: Anthropic,
  params: MessageCreateParamsNonStreaming,
  options: RequestOptions | undefined,
  parse?: ResponseParser<T>,
): APIPromise<T> {
  assertParams(params, 'createMessage');
  if ((params as { stream?: unknown }).stream === true) {
    throw new AnthropicError(
      'createMessage does not stream: use createMessageStream() (raw events) or streamMessage() (accumulated).',
    );
  }
  const timeout = guardLongRequest(params, options?.timeout, client.options.timeout !== undefined) ?? options?.timeout;
  warnOnDiscouragedParams(client, params);
  return client.request<T>({ ...toMessageRequest(params, options), timeout }, parse);
}
