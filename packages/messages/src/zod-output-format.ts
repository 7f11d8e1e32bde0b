import type { AutoParseableOutputFormat, ZodOutputFormatOptions, ZodSchemaLike, ZodSchemaOutput } from '@anth/core';
import { createZodOutputFormat } from '@anth/core/internal';

/**
 * A structured-output format from a Zod schema, for `output_config.format` (zod is an optional peer:
 * install `zod` ≥ 3.25; this package never imports it). The schema is sent as JSON Schema with shared
 * sub-schemas as `$ref`/`$defs`, rewritten into the subset the API accepts (constraints it lacks,
 * such as `min(2)`, move into the description); `parseMessage` / `streamMessage` then give
 * `parsed_output`, validated by the schema and typed from it.
 *
 * With zod 3.25's `zod/v4` (or a Zod 4 before `schema.toJSONSchema()`), pass `toJSONSchema: z.toJSONSchema`.
 *
 * @throws AnthropicError when the schema is not a Zod 4 schema or cannot be expressed in JSON Schema.
 * @example
 * import { z } from 'zod';
 * const message = await parseMessage(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Extract: Ada Lovelace, born 1815.' }],
 *   output_config: { format: zodOutputFormat(z.object({ name: z.string(), born: z.number().int() })) },
 * });
 * message.parsed_output?.born; // number
 */
export function zodOutputFormat<Schema extends ZodSchemaLike>(
  schema: Schema,
  options?: ZodOutputFormatOptions,
): AutoParseableOutputFormat<ZodSchemaOutput<Schema>> {
  return createZodOutputFormat(schema, options, 'zodOutputFormat');
}
