import { AnthropicError } from '../errors/anthropic-error.js';

/** Largest non-streaming `max_tokens` per model where the general estimate is not strict enough. */
const MODEL_NONSTREAMING_TOKENS: Record<string, number> = {
  'claude-opus-4@20250514': 8192,
  'anthropic.claude-opus-4-1-20250805-v1:0': 8192,
  'claude-opus-4-1@20250805': 8192,
};

/**
 * The guard of non-streaming `messages.create` (spec/behaviour.md §2.1): when the caller set no
 * timeout (neither per request nor on the client), a request whose `max_tokens` could take longer
 * than 10 minutes is refused *synchronously*, before anything is sent. Returns the timeout to use
 * (`undefined`: keep the configured one).
 */
export function guardLongRequest(
  params: { model?: unknown; max_tokens?: unknown; stream?: unknown },
  requestTimeout: number | undefined,
  clientHasTimeout: boolean,
): number | undefined {
  if (params.stream === true || requestTimeout !== undefined || clientHasTimeout) return undefined;
  const maxTokens = typeof params.max_tokens === 'number' ? params.max_tokens : 0;
  const modelLimit = MODEL_NONSTREAMING_TOKENS[params.model as string] ?? Infinity;
  // Expected time: an hour per 128k tokens; over ten minutes (or over a model's limit) must stream.
  if ((3600 * maxTokens) / 128_000 > 600 || maxTokens > modelLimit) {
    throw new AnthropicError(
      'Streaming is required for operations that may take longer than 10 minutes: stream the reply, or set a `timeout`.',
    );
  }
  return 600_000;
}
