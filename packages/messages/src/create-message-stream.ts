import type {
  Anthropic,
  APIPromise,
  MessageStreamParams,
  RawMessageStreamEvent,
  RequestOptions,
  Stream,
} from '@anth/core';
import { parseSSEStream, warnOnDiscouragedParams, assertParams } from '@anth/core/internal';
import { toMessageRequest } from './message-request.js';

/**
 * Sends a message with `stream: true` and resolves to a `Stream` of the raw server-sent events,
 * once the first content event has arrived (an `error` event before any content is retried like an
 * HTTP error). For text deltas and an accumulated final message, use `streamMessage`.
 *
 * @example
 * const stream = await createMessageStream(client, { model: 'claude-opus-4-6', max_tokens: 1024, messages });
 * for await (const event of stream) {
 *   if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') process.stdout.write(event.delta.text);
 * }
 */
export function createMessageStream(
  client: Anthropic,
  params: MessageStreamParams,
  options?: RequestOptions,
): APIPromise<Stream<RawMessageStreamEvent>> {
  assertParams(params, 'createMessageStream');
  warnOnDiscouragedParams(client, params);
  return client.request(toMessageRequest({ ...params, stream: true }, options), parseSSEStream<RawMessageStreamEvent>);
}
