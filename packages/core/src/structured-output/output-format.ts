import type { JSONOutputFormat } from '../types/output-config.js';
import { parseStructuredOutput } from './parse-structured-output.js';
import type { StandardSchemaLike } from './standard-schema.js';

/**
 * The reply a text block came from, as a format's `parse` may use it: a `max_tokens` stop explains
 * JSON that ends early.
 */
export interface StructuredOutputReply {
  readonly stop_reason?: string | null | undefined;
}

/**
 * An `output_config.format` that also knows how to parse the reply: what `zodOutputFormat`,
 * `jsonSchemaOutputFormat` and the beta helpers return. Sent as `{ type: 'json_schema', schema }`
 * (the `parse` function is not serialised); `parse()` and streams use `parse` to fill
 * `parsed_output`. Write your own by adding a `parse(text)` to a JSON format.
 *
 * @example
 * const format: AutoParseableOutputFormat<{ n: number }> = {
 *   type: 'json_schema',
 *   schema: { type: 'object', properties: { n: { type: 'number' } }, required: ['n'], additionalProperties: false },
 *   parse: (text) => JSON.parse(text) as { n: number },
 * };
 */
export interface AutoParseableOutputFormat<ParsedT> extends JSONOutputFormat {
  /** Turns a text block's text into the parsed value; throws when it cannot. */
  parse(text: string, reply?: StructuredOutputReply): ParsedT;
}

type FormatsOf<Params> =
  | (Params extends { readonly output_format?: infer Format } ? Format : never)
  | (Params extends { readonly output_config?: infer Config }
      ? NonNullable<Config> extends { readonly format?: infer Format }
        ? Format
        : never
      : never);

/**
 * The type of `parsed_output` for request params: what the format's `parse` returns, or `null`
 * when the params have no auto-parseable format (beta's deprecated `output_format` counts too).
 *
 * @example
 * type Parsed = ParsedOutputOf<{ output_config: { format: AutoParseableOutputFormat<{ n: number }> } }>; // { n: number }
 */
export type ParsedOutputOf<Params> = [Extract<FormatsOf<Params>, AutoParseableOutputFormat<unknown>>] extends [never]
  ? null
  : Extract<FormatsOf<Params>, AutoParseableOutputFormat<unknown>> extends AutoParseableOutputFormat<infer ParsedT>
    ? ParsedT
    : null;

/**
 * An output format for `schema` (already in the form to send) whose `parse` reads the text as JSON
 * and, given a `validator`, checks it with `~standard.validate`. `parse` is not enumerable, so the
 * format serialises to exactly `{ type: 'json_schema', schema }`.
 *
 * @example
 * const format = createOutputFormat(transformJSONSchema(jsonSchema), zodSchema);
 */
export function createOutputFormat<ParsedT>(
  schema: Record<string, unknown>,
  validator?: StandardSchemaLike<ParsedT>,
): AutoParseableOutputFormat<ParsedT> {
  const format = { type: 'json_schema' as const, schema };
  return Object.defineProperty(format, 'parse', {
    value: (text: string, reply?: StructuredOutputReply): ParsedT => parseStructuredOutput(text, validator, reply),
    configurable: true,
    writable: true,
  }) as AutoParseableOutputFormat<ParsedT>;
}
