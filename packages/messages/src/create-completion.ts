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
import { parseSSEStream } from '@anth/core/internal';

/**
 * Legacy text completions (`/v1/complete`). Prefer messages for anything new.
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
  const { betas, ...body } = params;
  const request = {
    ...options,
    method: 'post',
    path: '/v1/complete',
    body,
    betas,
    stream: params.stream === true,
  } as const;
  return params.stream === true
    ? client.request(request, parseSSEStream<Completion>)
    : client.request<Completion>(request);
}
