import { AnthropicError, type JSONOutputFormat, type OutputConfig } from '@anth/core';

/**
 * The deprecated `output_format` moved into `output_config.format`, where the API expects it now.
 * Giving both is ambiguous, so it throws before anything is sent.
 *
 * @example
 * moveOutputFormat({ output_format: { type: 'json_schema', schema } }); // { output_config: { format: { type: 'json_schema', schema } } }
 */
export function moveOutputFormat<
  Params extends { output_format?: JSONOutputFormat | null | undefined; output_config?: OutputConfig | undefined },
>(params: Params): Omit<Params, 'output_format'> {
  const { output_format: outputFormat, ...rest } = params;
  if (outputFormat == null) return rest;
  if (rest.output_config?.format != null) {
    throw new AnthropicError(
      'Both output_format and output_config.format were given. output_format is deprecated and is sent as output_config.format: pass only output_config.format.',
    );
  }
  return { ...rest, output_config: { ...rest.output_config, format: outputFormat } };
}
