import type { Anthropic, APIPromise, RequestOptions } from '@anth/core';
import { moveHeaderParams, assertParams } from '@anth/core/internal';
import { TOKEN_COUNTING_BETA, withRequiredBeta } from '../required-betas.js';
import type { BetaMessageCountTokensParams, BetaMessageTokensCount } from '../types/beta-message-params.js';
import { moveOutputFormat } from './move-output-format.js';

/**
 * Counts the input tokens of a beta request (`POST /v1/messages/count_tokens`), with
 * `token-counting-2024-11-01` added to the caller's `betas`.
 *
 * @example
 * const { input_tokens } = await countBetaTokens(client, { model: 'claude-opus-4-6', messages, tools });
 */
export function countBetaTokens(
  client: Anthropic,
  params: BetaMessageCountTokensParams,
  options?: RequestOptions,
): APIPromise<BetaMessageTokensCount> {
  assertParams(params, 'countBetaTokens');
  const { betas, ...rest } = params;
  const { body, headers } = moveHeaderParams(moveOutputFormat(rest), options?.headers);
  return client.post<BetaMessageTokensCount>('/v1/messages/count_tokens', {
    ...options,
    body,
    betas: withRequiredBeta(betas, TOKEN_COUNTING_BETA),
    headers,
  });
}
