import { AnthropicError, type StandardSchemaLike } from '@anth/core';

/** What to do when a library's schemas lack the Standard JSON Schema converter. */
const VENDOR_HINTS: Readonly<Record<string, string>> = {
  valibot: ' Wrap the schema with toStandardJsonSchema() from "@valibot/to-json-schema".',
  zod: ' Zod 4.2 and later provide it; with an older zod, use the zod helper with { toJSONSchema: z.toJSONSchema }.',
};

/**
 * The JSON Schema of a Standard Schema's input (what the model must write; validation turns it into
 * the output), from the Standard JSON Schema extension (`~standard.jsonSchema`, draft 2020-12), which
 * zod ≥ 4.2 and arktype implement, and valibot through `toStandardJsonSchema()` of
 * `@valibot/to-json-schema`. `subject` names the schema in errors.
 *
 * @throws AnthropicError when `schema` is not a Standard Schema, has no JSON Schema converter (naming
 *   what the library needs), or its converter fails or returns something else than an object.
 * @example
 * const jsonSchema = standardJSONSchema(type({ city: 'string' }), 'The schema given to betaStandardSchemaOutputFormat');
 */
export function standardJSONSchema(schema: StandardSchemaLike, subject: string): Record<string, unknown> {
  const standard = (schema as Partial<StandardSchemaLike> | null | undefined)?.['~standard'];
  if (typeof standard?.validate !== 'function') {
    throw new AnthropicError(
      `${subject} is not a Standard Schema (https://standardschema.dev): it has no "~standard" property with a validate function.`,
    );
  }
  const converter = standard.jsonSchema;
  if (typeof converter?.input !== 'function') {
    throw new AnthropicError(
      `${subject} cannot be sent as JSON Schema: this ${standard.vendor} schema does not implement Standard JSON Schema ("~standard.jsonSchema").${VENDOR_HINTS[standard.vendor] ?? ' Use a version of the library that implements https://standardschema.dev/json-schema.'}`,
    );
  }
  let result: unknown;
  try {
    result = converter.input({ target: 'draft-2020-12' });
  } catch (cause) {
    throw new AnthropicError(
      `${subject} could not be converted to JSON Schema by ${standard.vendor}: ${(cause as Error).message}`,
      { cause },
    );
  }
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw new AnthropicError(`${subject} did not convert to a JSON Schema object (${standard.vendor}).`);
  }
  return result as Record<string, unknown>;
}
