import type { AutoParseableOutputFormat, ZodOutputFormatOptions, ZodSchemaLike, ZodSchemaOutput } from '@anth/core';
import { createZodOutputFormat } from '@anth/core/internal';

/**
 * A structured-output format from a Zod schema (zod is an optional peer: install `zod` ≥ 3.25; this
 * package never imports it), for `output_config.format` (or the deprecated `output_format`) of beta
 * messages. Sent as JSON Schema with shared sub-schemas as `$ref`/`$defs`, rewritten into the subset
 * the API accepts (spec §7.4); `BetaMessages.parse()` and beta streams give `parsed_output`,
 * validated by the schema and typed from it. With zod 3.25's `zod/v4`, pass `toJSONSchema: z.toJSONSchema`.
 *
 * @throws AnthropicError when the schema is not a Zod 4 schema or cannot be expressed in JSON Schema.
 * @example
 * const message = await new BetaMessages(client).parse({
 *   model: 'claude-opus-4-6', max_tokens: 1024, messages,
 *   output_config: { format: betaZodOutputFormat(z.object({ answer: z.string() })) },
 * });
 * message.parsed_output?.answer;
 */
export function betaZodOutputFormat<Schema extends ZodSchemaLike>(
  schema: Schema,
  options?: ZodOutputFormatOptions,
): AutoParseableOutputFormat<ZodSchemaOutput<Schema>> {
  return createZodOutputFormat(schema, options, 'betaZodOutputFormat');
}
