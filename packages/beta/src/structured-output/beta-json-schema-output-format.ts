import type {
  AutoParseableOutputFormat,
  FromJSONSchema,
  JSONSchemaObject,
  JSONSchemaOutputFormatOptions,
} from '@anth/core';
import { createJSONSchemaOutputFormat } from '@anth/core/internal';

/**
 * A structured-output format from a JSON Schema object, for beta messages. Written inline (or
 * `as const`), the schema types `parsed_output`; it is rewritten into the subset the API accepts
 * (spec §7.4) unless `transform: false`. `parse` reads the reply as JSON (not validated against the
 * schema, as in the official SDK).
 *
 * @throws AnthropicError when the top-level `type` is not `"object"`, or a sub-schema lacks a `type`.
 * @example
 * const format = betaJSONSchemaOutputFormat({
 *   type: 'object', properties: { primes: { type: 'array', items: { type: 'integer' } } }, required: ['primes'],
 * });
 * const message = await new BetaMessages(client).parse({ model, max_tokens: 1024, messages, output_config: { format } });
 * message.parsed_output?.primes; // number[]
 */
export function betaJSONSchemaOutputFormat<const Schema extends JSONSchemaObject>(
  schema: Schema,
  options?: JSONSchemaOutputFormatOptions,
): AutoParseableOutputFormat<FromJSONSchema<Schema>> {
  return createJSONSchemaOutputFormat(schema, options, 'betaJSONSchemaOutputFormat');
}
