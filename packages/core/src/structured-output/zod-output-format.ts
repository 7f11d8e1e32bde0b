import type { AutoParseableOutputFormat } from './output-format.js';
import { createOutputFormat } from './output-format.js';
import { transformJSONSchema } from './transform-json-schema.js';
import { zodToJSONSchema, type ZodSchemaLike, type ZodSchemaOutput, type ZodToJSONSchema } from './zod-schema.js';

/** Options of `zodOutputFormat` / `betaZodOutputFormat`. */
export interface ZodOutputFormatOptions {
  /**
   * Zod's JSON Schema converter (`z.toJSONSchema`), only needed where schemas cannot convert
   * themselves: zod 3.25's `zod/v4`, and Zod 4 releases before `schema.toJSONSchema()`.
   *
   * @example
   * import { z } from 'zod/v4'; // zod 3.25
   * zodOutputFormat(schema, { toJSONSchema: z.toJSONSchema });
   */
  toJSONSchema?: ZodToJSONSchema | undefined;
}

/**
 * The zod output format both packages export: the schema as JSON Schema (`reused: 'ref'`), always
 * transformed (spec §7.4), and a `parse` that reads JSON and validates it with the schema.
 * `helper` names the public function in errors.
 *
 * @example
 * const format = createZodOutputFormat(z.object({ city: z.string() }), undefined, 'zodOutputFormat');
 */
export function createZodOutputFormat<Schema extends ZodSchemaLike>(
  schema: Schema,
  options: ZodOutputFormatOptions | undefined,
  helper: string,
): AutoParseableOutputFormat<ZodSchemaOutput<Schema>> {
  const jsonSchema = zodToJSONSchema(schema, `The schema given to ${helper}`, options?.toJSONSchema);
  return createOutputFormat(transformJSONSchema(jsonSchema), schema as ZodSchemaLike<ZodSchemaOutput<Schema>>);
}
