import { AnthropicError } from '../errors/anthropic-error.js';
import type { FromJSONSchema } from './json-schema-type.js';
import { createOutputFormat, type AutoParseableOutputFormat } from './output-format.js';
import { transformJSONSchema } from './transform-json-schema.js';

/**
 * The schema `jsonSchemaOutputFormat` accepts: an object schema. Readonly, so an `as const`
 * literal (or one written inline) fits and types `parsed_output`.
 *
 * @example
 * const schema = { type: 'object', properties: { n: { type: 'number' } }, required: ['n'] } as const satisfies JSONSchemaObject;
 */
export interface JSONSchemaObject {
  readonly type: 'object';
  readonly [keyword: string]: unknown;
}

/** Options of `jsonSchemaOutputFormat` / `betaJSONSchemaOutputFormat`. */
export interface JSONSchemaOutputFormatOptions {
  /**
   * Rewrite the schema into the subset the API accepts (spec §7.4) before sending it. Default `true`;
   * `false` sends a (shallow) copy of the schema as given.
   */
  transform?: boolean | undefined;
}

/**
 * The JSON Schema output format both packages export: the schema (transformed unless
 * `transform: false`), and a `parse` that reads the reply as JSON, typed from the schema (not
 * validated against it, as in the official SDK). `helper` names the public function in errors.
 *
 * @throws AnthropicError when the schema's top-level `type` is not `"object"`, or it cannot be transformed.
 * @example
 * const format = createJSONSchemaOutputFormat({ type: 'object', properties: {} }, undefined, 'jsonSchemaOutputFormat');
 */
export function createJSONSchemaOutputFormat<const Schema extends JSONSchemaObject>(
  schema: Schema,
  options: JSONSchemaOutputFormatOptions | undefined,
  helper: string,
): AutoParseableOutputFormat<FromJSONSchema<Schema>> {
  const type = (schema as { type?: unknown } | null)?.type;
  if (type !== 'object') {
    throw new AnthropicError(
      `${helper}: the JSON schema must have "type": "object" at the top level, but got ${type === undefined ? 'no type' : JSON.stringify(type)}.`,
    );
  }
  const sent = options?.transform === false ? { ...schema } : transformJSONSchema(schema);
  return createOutputFormat<FromJSONSchema<Schema>>(sent);
}
