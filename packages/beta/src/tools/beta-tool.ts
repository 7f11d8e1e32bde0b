import { AnthropicError, type Tool, type ToolInputSchema } from '@anth/core';
import type { BetaClientToolFields } from '../types/beta-tools.js';
import { assertToolName } from './assert-tool-name.js';
import type { BetaToolInputSchema, FromJSONSchema } from './json-schema-type.js';
import type { BetaRunnableTool, BetaToolResult, BetaToolRunContext } from './runnable-tool.js';

/** A custom tool's definition as `betaTool` builds it. */
export type BetaCustomToolDefinition = Tool & { type: 'custom' };

/** Options of {@link betaTool}: the tool definition fields, with `inputSchema` typing `run`'s input. */
export interface BetaToolOptions<Schema extends BetaToolInputSchema, Input>
  extends BetaClientToolFields,
    Pick<Tool, 'eager_input_streaming'> {
  /** How the model calls the tool (`^[a-zA-Z0-9_-]{1,128}$`). */
  name: string;

  /** What the tool does and when to use it; the more precise, the better the calls. */
  description?: string;

  /** JSON Schema of the input; an object schema. Written inline (or `as const`) it types `run`'s input. */
  inputSchema: Schema;

  /** Runs the tool with the model's input. */
  run: (input: Input, context: BetaToolRunContext) => BetaToolResult | Promise<BetaToolResult>;

  /** Releases resources the tool holds. */
  close?: () => void | Promise<void>;
}

/**
 * A runnable custom tool from a JSON Schema: the input type of `run` is inferred from the schema.
 * The input is passed as the model produced it (no runtime validation; use `strict: true` for
 * schema-exact inputs, or `betaZodTool` to validate).
 *
 * @throws AnthropicError when the schema is not an object schema or the name is invalid.
 * @example
 * const weather = betaTool({
 *   name: 'get_weather',
 *   description: 'Current weather for a city',
 *   inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
 *   run: ({ city }) => `18°C and sunny in ${city}`,   // city: string
 * });
 */
export function betaTool<const Schema extends BetaToolInputSchema, Input = FromJSONSchema<Schema>>(
  options: BetaToolOptions<Schema, Input>,
): BetaRunnableTool<Input, BetaCustomToolDefinition> {
  const { name, description, inputSchema, run, close, ...fields } = options;
  assertToolName(name);
  const schemaType = (inputSchema as { type?: unknown } | null)?.type;
  if (schemaType !== 'object') {
    throw new AnthropicError(`JSON schema for tool "${name}" must be an object, but got ${JSON.stringify(schemaType)}`);
  }
  return {
    type: 'custom',
    name,
    ...(description === undefined ? undefined : { description }),
    // Readonly (`as const`) and mutable schemas are the same JSON.
    input_schema: inputSchema as unknown as ToolInputSchema,
    ...fields,
    run,
    parse: (input: unknown) => input as Input,
    ...(close ? { close } : undefined),
  };
}
