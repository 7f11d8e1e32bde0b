import {
  AnthropicError,
  type StandardSchemaLike,
  type StandardSchemaOutput,
  type Tool,
  type ToolInputSchema,
} from '@anth/core';
import { standardJSONSchema } from '../structured-output/standard-json-schema.js';
import type { BetaClientToolFields } from '../types/beta-tools.js';
import { assertToolName } from './assert-tool-name.js';
import type { BetaCustomToolDefinition } from './beta-tool.js';
import type { BetaRunnableTool, BetaToolResult, BetaToolRunContext } from './runnable-tool.js';
import { validateToolInput } from './validate-tool-input.js';

/** Options of {@link betaStandardSchemaTool}. */
export interface BetaStandardSchemaToolOptions<Schema extends StandardSchemaLike>
  extends BetaClientToolFields,
    Pick<Tool, 'eager_input_streaming'> {
  /** How the model calls the tool (`^[a-zA-Z0-9_-]{1,128}$`). */
  name: string;

  /** What the tool does and when to use it. */
  description?: string;

  /**
   * An object schema of any Standard Schema library that also implements Standard JSON Schema
   * (zod ≥ 4.2, arktype; valibot through `toStandardJsonSchema()` of `@valibot/to-json-schema`):
   * sent as the tool's `input_schema`, and used to validate (and type) the input.
   */
  inputSchema: Schema;

  /** Runs the tool with the validated input. */
  run: (input: StandardSchemaOutput<Schema>, context: BetaToolRunContext) => BetaToolResult | Promise<BetaToolResult>;

  /** Releases resources the tool holds. */
  close?: () => void | Promise<void>;
}

/**
 * A runnable custom tool from any Standard Schema validator, with no dependency on the library. The
 * schema's input JSON Schema is sent as `input_schema` as the library writes it (not transformed:
 * spec §7.3); the model's input is validated with `~standard.validate` before `run`, and invalid
 * input goes back to the model as an `is_error` tool_result naming every problem.
 *
 * @throws AnthropicError when the name is invalid, the schema is not a Standard Schema, has no
 *   JSON Schema converter, or is not an object schema.
 * @example
 * import { type } from 'arktype';
 * const weather = betaStandardSchemaTool({
 *   name: 'get_weather',
 *   inputSchema: type({ city: 'string', 'unit?': "'c' | 'f'" }),
 *   run: ({ city, unit }) => `18°${unit ?? 'c'} in ${city}`,
 * });
 */
export function betaStandardSchemaTool<Schema extends StandardSchemaLike>(
  options: BetaStandardSchemaToolOptions<Schema>,
): BetaRunnableTool<StandardSchemaOutput<Schema>, BetaCustomToolDefinition> {
  const { name, description, inputSchema, run, close, ...fields } = options;
  assertToolName(name);
  const jsonSchema = standardJSONSchema(inputSchema, `The inputSchema of tool "${name}"`);
  if (jsonSchema['type'] !== 'object') {
    throw new AnthropicError(
      `The inputSchema of tool "${name}" must be an object schema, but its JSON Schema has type ${JSON.stringify(jsonSchema['type'])}.`,
    );
  }
  return {
    type: 'custom',
    name,
    ...(description === undefined ? undefined : { description }),
    input_schema: jsonSchema as ToolInputSchema,
    ...fields,
    run,
    parse: (input: unknown) =>
      validateToolInput(inputSchema as StandardSchemaLike<StandardSchemaOutput<Schema>>, input, name),
    ...(close ? { close } : undefined),
  };
}
