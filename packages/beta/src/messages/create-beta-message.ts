import type { Anthropic, APIPromise, FinalRequestOptions, RequestOptions, Stream } from '@anth/core';
import {
  guardLongRequest,
  moveHeaderParams,
  parseSSEStream,
  warnOnDiscouragedParams,
  assertParams,
} from '@anth/core/internal';
import type { BetaMessage } from '../types/beta-message.js';
import type {
  BetaMessageCreateParams,
  BetaMessageCreateParamsNonStreaming,
  BetaMessageCreateParamsStreaming,
} from '../types/beta-message-params.js';
import type { BetaRawMessageStreamEvent } from '../types/beta-stream-events.js';
import { moveOutputFormat } from './move-output-format.js';

/**
 * Sends a beta message (`POST /v1/messages`: a beta request is the GA path with an `anthropic-beta`
 * header, no `?beta=true` since API version 2026-10-21) and resolves to the reply; with
 * `stream: true`, to a `Stream` of raw events. `betas` become the `anthropic-beta` header (merged with
 * the client's), never part of the body; a deprecated `output_format` is sent as
 * `output_config.format`; `user_profile_id` / `workspace_id` are sent as headers. Throws synchronously, before sending, for a non-streaming request that
 * could exceed 10 minutes when no timeout was configured, and when both output formats are given.
 *
 * @example
 * const message = await createBetaMessage(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024, betas: ['mcp-client-2025-04-04'],
 *   mcp_servers: [{ type: 'url', name: 'docs', url: 'https://mcp.example.com/sse' }],
 *   messages: [{ role: 'user', content: 'What do the docs say about retries?' }],
 * });
 */
export function createBetaMessage(
  client: Anthropic,
  params: BetaMessageCreateParamsNonStreaming,
  options?: RequestOptions,
): APIPromise<BetaMessage>;
export function createBetaMessage(
  client: Anthropic,
  params: BetaMessageCreateParamsStreaming,
  options?: RequestOptions,
): APIPromise<Stream<BetaRawMessageStreamEvent>>;
export function createBetaMessage(
  client: Anthropic,
  params: BetaMessageCreateParams,
  options?: RequestOptions,
): APIPromise<BetaMessage | Stream<BetaRawMessageStreamEvent>>;
export function createBetaMessage(
  client: Anthropic,
  params: BetaMessageCreateParams,
  options?: RequestOptions,
): APIPromise<BetaMessage | Stream<BetaRawMessageStreamEvent>> {
  assertParams(params, 'createBetaMessage');
  const request = toBetaMessageRequest(client, params, options);
  return params.stream === true
    ? client.request(request, parseSSEStream<BetaRawMessageStreamEvent>)
    : client.request<BetaMessage>(request);
}

/**
 * The `POST /v1/messages` request for `params`, after the checks every beta message send
 * makes (both output formats given, a non-streaming request that could exceed 10 minutes, discouraged
 * params). Shared by {@link createBetaMessage} and `parseBetaMessage`.
 *
 * @example
 * client.request(toBetaMessageRequest(client, params, options), parser);
 */
export function toBetaMessageRequest(
  client: Anthropic,
  params: BetaMessageCreateParams,
  options: RequestOptions | undefined,
): FinalRequestOptions {
  const { betas, ...rest } = params;
  const { body, headers } = moveHeaderParams(moveOutputFormat(rest), options?.headers);
  const timeout = guardLongRequest(params, options?.timeout, client.options.timeout !== undefined) ?? options?.timeout;
  warnOnDiscouragedParams(client, params);
  return {
    ...options,
    method: 'post',
    path: '/v1/messages',
    body,
    timeout,
    betas,
    stream: params.stream === true,
    headers,
  };
}
