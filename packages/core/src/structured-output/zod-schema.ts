import { AnthropicError } from '../errors/anthropic-error.js';
import type { StandardSchemaLike } from './standard-schema.js';

/**
 * What the zod helpers need of a schema, described structurally so no package here imports zod (not
 * even its types): a Zod 4 schema (`_zod`) with the Standard Schema interface (`~standard`), which
 * carries the inferred types and validates. Fits `zod` ≥ 4 (`import { z } from 'zod'`) and zod
 * 3.25's `zod/v4`; the zod 3 API (`import { z } from 'zod'` in 3.x) has no JSON Schema support and
 * does not fit.
 */
export interface ZodSchemaLike<Output = unknown> extends StandardSchemaLike<Output> {
  readonly _zod: object;
}

/** The parsed (output) type of a Zod schema. */
export type ZodSchemaOutput<Schema extends ZodSchemaLike> = NonNullable<Schema['~standard']['types']>['output'];

/** A JSON Schema converter with Zod's signature (`z.toJSONSchema`). */
export type ZodToJSONSchema = (schema: never, params?: { reused?: 'ref' | 'inline' }) => unknown;

/**
 * A Zod 4 schema as JSON Schema, shared sub-schemas as `$ref`/`$defs` (`reused: 'ref'`, as the
 * official SDK does), without importing zod: with `converter` if given (`z.toJSONSchema`), else the
 * schema's own `toJSONSchema()` (Zod ≥ 4.2), else its Standard JSON Schema (`~standard.jsonSchema`).
 * `subject` names the schema in errors (e.g. `The inputSchema of tool "search"`).
 *
 * @throws AnthropicError for a zod 3 (or non-zod) schema, a zod without a converter, or a result
 *   that is not a JSON object.
 * @example
 * const jsonSchema = zodToJSONSchema(z.object({ city: z.string() }), 'The schema of zodOutputFormat');
 */
export function zodToJSONSchema(
  schema: ZodSchemaLike,
  subject: string,
  converter?: ZodToJSONSchema | undefined,
): Record<string, unknown> {
  const fields = schema as unknown as Record<string, unknown> | null;
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    const hint =
      typeof fields?.['_def'] === 'object'
        ? ' This is a zod 3 schema; import { z } from "zod/v4" (zod ≥ 3.25) or upgrade to zod 4.'
        : '';
    throw new AnthropicError(`${subject} is not a Zod 4 schema.${hint}`);
  }
  let result: unknown;
  try {
    if (converter) result = converter(schema as never, { reused: 'ref' });
    else if (typeof fields?.['toJSONSchema'] === 'function')
      result = (fields['toJSONSchema'] as (params: object) => unknown).call(schema, { reused: 'ref' });
    else {
      const jsonSchema = schema['~standard'].jsonSchema;
      if (typeof jsonSchema?.output !== 'function') {
        throw new AnthropicError(
          `Cannot convert ${lowerFirst(subject)} to JSON Schema: this zod version has no schema.toJSONSchema() (zod 3.25's "zod/v4", early Zod 4). Pass the converter of the zod you import: { toJSONSchema: z.toJSONSchema }.`,
        );
      }
      result = jsonSchema.output({ target: 'draft-2020-12', libraryOptions: { reused: 'ref' } });
    }
  } catch (cause) {
    if (cause instanceof AnthropicError) throw cause;
    // zod throws for what JSON Schema cannot express (transforms, bigint, …).
    throw new AnthropicError(`Cannot convert ${lowerFirst(subject)} to JSON Schema: ${(cause as Error).message}`, {
      cause,
    });
  }
  if (typeof result !== 'object' || result === null || Array.isArray(result))
    throw new AnthropicError(`${subject} did not convert to a JSON Schema object.`);
  return result as Record<string, unknown>;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
