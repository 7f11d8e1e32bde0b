import type { AutoParseableOutputFormat, StandardSchemaLike, StandardSchemaOutput } from '@anth/core';
import { createOutputFormat, transformJSONSchema } from '@anth/core/internal';
import { standardJSONSchema } from './standard-json-schema.js';

/**
 * A structured-output format from any Standard Schema library (zod ≥ 4.2, arktype, valibot, … with
 * no dependency on any of them). The JSON Schema of the schema's input comes from Standard JSON
 * Schema (`~standard.jsonSchema`; for valibot, wrap the schema with `toStandardJsonSchema()` of
 * `@valibot/to-json-schema`) and is rewritten into the subset the API accepts (spec §7.4); `parse`
 * reads the reply as JSON and validates it with `~standard.validate`, typed by the schema's output.
 *
 * @throws AnthropicError when the schema is not a Standard Schema, offers no JSON Schema (naming what
 *   the library needs), or its JSON Schema cannot be transformed.
 * @example
 * import { type } from 'arktype';
 * const format = betaStandardSchemaOutputFormat(type({ city: 'string', population: 'number.integer' }));
 * const message = await new BetaMessages(client).parse({ model, max_tokens: 1024, messages, output_config: { format } });
 * message.parsed_output?.population; // number
 */
export function betaStandardSchemaOutputFormat<Schema extends StandardSchemaLike>(
  schema: Schema,
): AutoParseableOutputFormat<StandardSchemaOutput<Schema>> {
  const jsonSchema = standardJSONSchema(schema, 'The schema given to betaStandardSchemaOutputFormat');
  return createOutputFormat(
    transformJSONSchema(jsonSchema),
    schema as StandardSchemaLike<StandardSchemaOutput<Schema>>,
  );
}
