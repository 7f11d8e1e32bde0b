import {
  AnthropicError,
  type Tool,
  type ToolInputSchema,
  type ZodSchemaLike,
  type ZodSchemaOutput,
  type ZodToJSONSchema,
} from '@anth/core';
import { zodToJSONSchema } from '@anth/core/internal';
import type { BetaClientToolFields } from '../types/beta-tools.js';
import { assertToolName } from './assert-tool-name.js';
import type { BetaCustomToolDefinition } from './beta-tool.js';
import type { BetaRunnableTool, BetaToolResult, BetaToolRunContext } from './runnable-tool.js';
import { validateToolInput } from './validate-tool-input.js';

export type { ZodSchemaLike, ZodSchemaOutput, ZodToJSONSchema } from '@anth/core';

/** Options of {@link betaZodTool}. */
export interface BetaZodToolOptions<Schema extends ZodSchemaLike>
  extends BetaClientToolFields,
    Pick<Tool, 'eager_input_streaming'> {
  /** How the model calls the tool (`^[a-zA-Z0-9_-]{1,128}$`). */
  name: string;

  /** What the tool does and when to use it; the more precise, the better the calls. */
  description?: string;

  /** A Zod object schema: sent as JSON Schema, and used to validate (and type) the input. */
  inputSchema: Schema;

  /** Runs the tool with the validated input. */
  run: (input: ZodSchemaOutput<Schema>, context: BetaToolRunContext) => BetaToolResult | Promise<BetaToolResult>;

  /** Releases resources the tool holds. */
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
  const jsonSchema = zodToJSONSchema(inputSchema, `The inputSchema of tool "${name}"`, toJSONSchema);
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
    parse: (input: unknown) => validateToolInput(inputSchema as ZodSchemaLike<ZodSchemaOutput<Schema>>, input, name),
    ...(close ? { close } : undefined),
  };
}
