import type { Anthropic, APIPromise, Message, MessageCreateParams, MessageCreateParamsNonStreaming, MessageCreateParamsStreaming, RawMessageStreamEvent, RequestOptions, Stream } from '@anth/core';
import { guardLongRequest, parseSSEStream, warnOnDiscouragedParams } from '@anth/core/internal';

/**
 * Sends a message and resolves to Claude's reply; with `stream: true`, to a `Stream` of raw events.
 * Throws synchronously (before sending) for a non-streaming request that could exceed 10 minutes
 * when no timeout was configured.
 *
 * @example
 * const message = await createMessage(client, {
 *   model: 'claude-sonnet-4-5', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }],
 * });
 */
export function createMessage(client: Anthropic, params: MessageCreateParamsNonStreaming, options?: RequestOptions): APIPromise<Message>;
export function createMessage(client: Anthropic, params: MessageCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<RawMessageStreamEvent>>;
export function createMessage(client: Anthropic, params: MessageCreateParams, options?: RequestOptions): APIPromise<Message | Stream<RawMessageStreamEvent>>;
export function createMessage(client: Anthropic, params: MessageCreateParams, options?: RequestOptions): APIPromise<Message | Stream<RawMessageStreamEvent>> {
  const { user_profile_id: userProfileID, ...body } = params;
  const timeout = guardLongRequest(params, options?.timeout, client.options.timeout !== undefined) ?? options?.timeout;
  warnOnDiscouragedParams(client, params);
  const request = {
    ...options,
    method: 'post',
    path: '/v1/messages',
    body,
    timeout,
    stream: params.stream === true,
    // The SDK-only `user_profile_id` travels as a header, never in the body.
    headers: userProfileID === undefined ? options?.headers : { 'anthropic-user-profile-id': userProfileID, ...options?.headers },
  } as const;
  return params.stream === true ? client.request(request, parseSSEStream<RawMessageStreamEvent>) : client.request<Message>(request);
}
