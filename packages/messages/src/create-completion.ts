import type {
  Anthropic,
  APIPromise,
  Completion,
  CompletionCreateParams,
  CompletionCreateParamsNonStreaming,
  CompletionCreateParamsStreaming,
  RequestOptions,
  Stream,
} from '@anth/core';
import { LEGACY_COMPLETIONS_VERSION, parseSSEStream, assertParams } from '@anth/core/internal';

/**
 * Legacy text completions (`POST /v1/complete`). Sent with `anthropic-version: 2023-06-01`, the last
 * API version that serves them (a caller's own `anthropic-version` header still wins).
 *
 * @deprecated The Text Completions API is legacy: use `createMessage` (the Messages API) for
 *   anything new. API version 2026-10-21, which the rest of this SDK speaks, no longer serves it.
 *
 * @example
 * const completion = await createCompletion(client, {
 *   model: 'claude-2.1', max_tokens_to_sample: 256, prompt: `${HUMAN_PROMPT} Hello${AI_PROMPT}`,
 * });
 */
export function createCompletion(
  client: Anthropic,
  params: CompletionCreateParamsNonStreaming,
  options?: RequestOptions,
): APIPromise<Completion>;
export function createCompletion(
  client: Anthropic,
  params: CompletionCreateParamsStreaming,
  options?: RequestOptions,
): APIPromise<Stream<Completion>>;
export function createCompletion(
  client: Anthropic,
  params: CompletionCreateParams,
  options?: RequestOptions,
): APIPromise<Completion | Stream<Completion>>;
export function createCompletion(
  client: Anthropic,
  params: CompletionCreateParams,
  options?: RequestOptions,
): APIPromise<Completion | Stream<Completion>> {
  assertParams(params, 'createCompletion');
  const { betas, ...body } = params;
  const request = {
    ...options,
    method: 'post',
    path: '/v1/complete',
    body,
    betas,
    stream: params.stream === true,
    headers: { 'anthropic-version': LEGACY_COMPLETIONS_VERSION, ...options?.headers },
  } as const;
  return params.stream === true
    ? client.request(request, parseSSEStream<Completion>)
    : client.request<Completion>(request);
}
