import type {
  AutoParseableOutputFormat,
  FromJSONSchema,
  JSONSchemaObject,
  JSONSchemaOutputFormatOptions,
} from '@anth/core';
import { createJSONSchemaOutputFormat } from '@anth/core/internal';

/**
 * A structured-output format from a JSON Schema object, for `output_config.format`. Written inline
 * (or `as const`), the schema types `parsed_output`. The schema is rewritten into the subset the API
 * accepts (spec §7.4: `additionalProperties: false` on objects, unsupported keywords moved into the
 * description, …) unless `transform: false`. `parse` reads the reply as JSON without validating it
 * against the schema (the API already constrains the output), as the official SDK does.
 *
 * @throws AnthropicError when the top-level `type` is not `"object"`, or a sub-schema lacks a `type`.
 * @example
 * const message = await parseMessage(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'The first three primes?' }],
 *   output_config: {
 *     format: jsonSchemaOutputFormat({
 *       type: 'object', properties: { primes: { type: 'array', items: { type: 'integer' } } }, required: ['primes'],
 *     }),
 *   },
 * });
 * message.parsed_output?.primes; // number[]
 */
export function jsonSchemaOutputFormat<const Schema extends JSONSchemaObject>(
  schema: Schema,
  options?: JSONSchemaOutputFormatOptions,
): AutoParseableOutputFormat<FromJSONSchema<Schema>> {
  return createJSONSchemaOutputFormat(schema, options, 'jsonSchemaOutputFormat');
}
