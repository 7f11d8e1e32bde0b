import type { Anthropic, APIPromise, ParsedOutputOf, RequestOptions } from '@anth/core';
import { attachParsedOutput, parseJSONResponse, assertParams } from '@anth/core/internal';
import { withRequiredBeta } from '../required-betas.js';
import type { ParsedBetaMessage } from '../structured-output/parsed-beta-message.js';
import type { BetaMessage } from '../types/beta-message.js';
import type { BetaMessageCreateParamsNonStreaming } from '../types/beta-message-params.js';
import { toBetaMessageRequest } from './create-beta-message.js';

/** The beta `BetaMessages.parse()` adds, as the official SDK does. */
export const STRUCTURED_OUTPUTS_BETA = 'structured-outputs-2025-12-15';

/**
 * Sends a beta message (non-streaming) with the `structured-outputs-2025-12-15` beta and resolves to
 * the reply with its structured output: `parsed_output` is the first text block's value, parsed by the
 * format that `betaZodOutputFormat`, `betaJSONSchemaOutputFormat` or `betaStandardSchemaOutputFormat`
 * built (a plain `json_schema` format is `JSON.parse`d; without a format it is `null`); every text
 * block carries its own (non-enumerable) `parsed_output`. The deprecated `output_format` is sent as
 * `output_config.format` and parsed the same way.
 *
 * @throws AnthropicError before sending when both `output_format` and `output_config.format` are given;
 *   StructuredOutputError when a text block is not JSON (saying so after a `max_tokens` stop) or fails
 *   the schema, with `rawText` and `issues`.
 * @example
 * const message = await parseBetaMessage(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024, messages,
 *   output_config: { format: betaZodOutputFormat(z.object({ answer: z.string() })) },
 * });
 * message.parsed_output?.answer;
 */
export function parseBetaMessage<Params extends BetaMessageCreateParamsNonStreaming>(
  client: Anthropic,
  params: Params,
  options?: RequestOptions,
): APIPromise<ParsedBetaMessage<ParsedOutputOf<Params>>> {
  assertParams(params, 'parseBetaMessage');
  const request = toBetaMessageRequest(
    client,
    { ...params, betas: withRequiredBeta(params.betas, STRUCTURED_OUTPUTS_BETA) },
    options,
  );
  // toBetaMessageRequest refused both formats; whichever is given is the one sent.
  const format = params.output_format ?? params.output_config?.format;
  return client.request(request, async (props) => {
    const message = await parseJSONResponse<BetaMessage>(props);
    return attachParsedOutput(message, format) as unknown as ParsedBetaMessage<ParsedOutputOf<Params>>;
  });
}
