import { AnthropicError, type Tool, type ToolInputSchema } from '@anth/core';
import type { BetaClientToolFields } from '../types/beta-tools.js';
import { assertToolName } from './assert-tool-name.js';
import type { BetaCustomToolDefinition } from './beta-tool.js';
import type { BetaRunnableTool, BetaToolResult, BetaToolRunContext } from './runnable-tool.js';

/** A validation issue as Standard Schema reports it. */
interface StandardIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

/**
 * What `betaZodTool` needs of a schema, described structurally so this package never imports zod
 * (not even its types): a Zod 4 schema (`_zod`) with the Standard Schema interface (`~standard`),
 * which carries the inferred types. Fits `zod` ≥ 4 (`import { z } from 'zod'`) and zod 3.25's
 * `zod/v4`; the zod 3 API (`import { z } from 'zod'` in 3.x) has no JSON Schema support and does not fit.
 */
export interface ZodSchemaLike<Output = unknown> {
  readonly _zod: object;
  readonly '~standard': {
    readonly vendor: string;
    readonly version: 1;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
  };
}

/** The parsed (output) type of a Zod schema. */
export type ZodSchemaOutput<Schema extends ZodSchemaLike> = NonNullable<Schema['~standard']['types']>['output'];

/** A JSON Schema converter with Zod's signature (`z.toJSONSchema`). */
export type ZodToJSONSchema = (schema: never, params?: { reused?: 'ref' | 'inline' }) => unknown;

/** Options of {@link betaZodTool}. */
export interface BetaZodToolOptions<Schema extends ZodSchemaLike>
  extends BetaClientToolFields,
    Pick<Tool, 'eager_input_streaming'> {
  /** How the model calls the tool (`^[a-zA-Z0-9_-]{1,128}$`). */
  name: string;

  description?: string;

  /** A Zod object schema: sent as JSON Schema, and used to validate (and type) the input. */
  inputSchema: Schema;

  /** Runs the tool with the validated input. */
  run: (input: ZodSchemaOutput<Schema>, context: BetaToolRunContext) => BetaToolResult | Promise<BetaToolResult>;

  close?: () => void | Promise<void>;

  /**
   * Zod's JSON Schema converter (`z.toJSONSchema`), only needed where schemas cannot convert
   * themselves: zod 3.25's `zod/v4`, and Zod 4 releases before `schema.toJSONSchema()`.
   *
   * @example
   * import { z } from 'zod/v4'; // zod 3.25
   * betaZodTool({ name, inputSchema, run, toJSONSchema: z.toJSONSchema });
   */
  toJSONSchema?: ZodToJSONSchema;
}

/**
 * A runnable custom tool from a Zod schema (zod is an optional peer: install `zod` ≥ 3.25). The
 * schema is sent as JSON Schema (`reused: 'ref'`, as the official SDK does) and validates the model's
 * input before `run`; a validation failure goes back to the model as an error result naming the fields.
 *
 * How the JSON Schema is made, without this package importing zod: `toJSONSchema` if you pass it,
 * else the schema's own `toJSONSchema()` method (Zod ≥ 4.2), else its Standard JSON Schema
 * (`~standard.jsonSchema`). With zod 3.25's `zod/v4`, pass `toJSONSchema: z.toJSONSchema`.
 *
 * @throws AnthropicError when the schema is not an object schema, cannot be converted, or is a zod 3 schema.
 * @example
 * import { z } from 'zod';
 * const weather = betaZodTool({
 *   name: 'get_weather',
 *   inputSchema: z.object({ city: z.string(), unit: z.enum(['c', 'f']).optional() }),
 *   run: ({ city, unit }) => `18°${unit ?? 'c'} in ${city}`,
 * });
 */
export function betaZodTool<Schema extends ZodSchemaLike>(
  options: BetaZodToolOptions<Schema>,
): BetaRunnableTool<ZodSchemaOutput<Schema>, BetaCustomToolDefinition> {
  const { name, description, inputSchema, run, close, toJSONSchema, ...fields } = options;
  assertToolName(name);
  const jsonSchema = zodToJSONSchema(inputSchema, name, toJSONSchema);
  if (jsonSchema['type'] !== 'object') {
    throw new AnthropicError(
      `Zod schema for tool "${name}" must be an object, but got ${JSON.stringify(jsonSchema['type'])}`,
    );
  }
  return {
    type: 'custom',
    name,
    ...(description === undefined ? undefined : { description }),
    input_schema: jsonSchema as ToolInputSchema,
    ...fields,
    run,
    parse: (input: unknown) => validate(inputSchema, input, name),
    ...(close ? { close } : undefined),
  };
}

function zodToJSONSchema(
  schema: ZodSchemaLike,
  name: string,
  converter: ZodToJSONSchema | undefined,
): Record<string, unknown> {
  const fields = schema as unknown as Record<string, unknown>;
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    const hint =
      typeof fields?.['_def'] === 'object'
        ? ' This is a zod 3 schema; import { z } from "zod/v4" (zod ≥ 3.25) or upgrade to zod 4.'
        : '';
    throw new AnthropicError(`The inputSchema of tool "${name}" is not a Zod 4 schema.${hint}`);
  }
  let result: unknown;
  if (converter) result = converter(schema as never, { reused: 'ref' });
  else if (typeof fields['toJSONSchema'] === 'function')
    result = (fields['toJSONSchema'] as (params: object) => unknown).call(schema, { reused: 'ref' });
  else {
    const standard = schema['~standard'] as { jsonSchema?: { output?: (options: object) => unknown } };
    if (typeof standard.jsonSchema?.output !== 'function') {
      throw new AnthropicError(
        `Cannot convert the Zod schema of tool "${name}" to JSON Schema: this zod version has no schema.toJSONSchema() (zod 3.25's "zod/v4", early Zod 4). Pass the converter of the zod you import: betaZodTool({ ..., toJSONSchema: z.toJSONSchema }).`,
      );
    }
    result = standard.jsonSchema.output({ target: 'draft-2020-12', libraryOptions: { reused: 'ref' } });
  }
  if (typeof result !== 'object' || result === null)
    throw new AnthropicError(`The JSON Schema of tool "${name}" is not an object schema.`);
  return result as Record<string, unknown>;
}

async function validate<Output>(schema: ZodSchemaLike<Output>, input: unknown, name: string): Promise<Output> {
  const result = await schema['~standard'].validate(input);
  if (result.issues === undefined) return result.value;
  throw new Error(`Invalid input for tool "${name}": ${result.issues.map(describeIssue).join('; ')}`);
}

function describeIssue(issue: StandardIssue): string {
  const path = (issue.path ?? [])
    .map((segment) => String(typeof segment === 'object' ? segment.key : segment))
    .join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
