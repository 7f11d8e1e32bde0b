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
import { createCompletion } from './create-completion.js';

/**
 * Legacy text completions as a class: sugar over {@link createCompletion} (sent with
 * `anthropic-version: 2023-06-01`).
 *
 * @deprecated The Text Completions API is legacy: use `Messages` for anything new.
 *
 * @example
 * const completion = await new Completions(client).create({ model: 'claude-2.1', max_tokens_to_sample: 256, prompt });
 */
export class Completions {
  constructor(private readonly client: Anthropic) {}

  /** See {@link createCompletion}. */
  create(params: CompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<Completion>;
  create(params: CompletionCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<Completion>>;
  create(params: CompletionCreateParams, options?: RequestOptions): APIPromise<Completion | Stream<Completion>>;
  create(params: CompletionCreateParams, options?: RequestOptions): APIPromise<Completion | Stream<Completion>> {
    return createCompletion(this.client, params, options);
  }
}
