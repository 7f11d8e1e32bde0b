import type { Tool, ToolInputSchema } from '@anth/core';
import { assertToolName } from '../tools/assert-tool-name.js';
import type { FromJSONSchema } from '../tools/json-schema-type.js';
import type { BetaRunnableTool, BetaToolResult } from '../tools/runnable-tool.js';
import { ToolError } from '../tools/tool-error.js';
import { mcpContent } from './mcp-content.js';
import type { MCPCallToolResultLike, MCPClientLike, MCPLegacyCallToolResultLike, MCPToolLike } from './mcp-types.js';

/** Claude tool fields to add to the definitions `mcpTool` builds (caching, strict schemas, deferred loading, …). */
export type MCPToolExtra = Omit<Tool, 'name' | 'description' | 'input_schema' | 'type'>;

/** The input type of an MCP tool: from its schema when written inline, else `Record<string, unknown>`. */
export type MCPToolInput<T extends MCPToolLike> =
  FromJSONSchema<T['inputSchema']> extends Record<string, unknown>
    ? FromJSONSchema<T['inputSchema']>
    : Record<string, unknown>;

/**
 * Makes a tool of an MCP server runnable by the tool runner: the definition sent is the MCP tool's
 * name, description and input schema (plus `extra`), and `run` calls the tool through `mcpClient`
 * (with the runner's abort signal). The result's content is converted with {@link mcpContent}; a
 * result with only `structuredContent` is sent as its JSON. A result with `isError: true` goes back to
 * Claude as an `is_error` tool result, as does content Claude cannot read (e.g. audio).
 *
 * @example
 * const { tools } = await mcpClient.listTools();
 * const final = await betaToolRunner(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024,
 *   tools: tools.map((tool) => mcpTool(tool, mcpClient)),
 *   messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
 * });
 */
export function mcpTool<const T extends MCPToolLike>(
  tool: T,
  mcpClient: MCPClientLike,
  extra?: MCPToolExtra,
): BetaRunnableTool<MCPToolInput<T>, Tool> {
  assertToolName(tool.name);
  // A missing `properties` / `required` is sent as null, as the official SDK sends it.
  const inputSchema: ToolInputSchema = {
    ...tool.inputSchema,
    type: 'object',
    properties: tool.inputSchema.properties ?? null,
    required: tool.inputSchema.required ? [...tool.inputSchema.required] : null,
  };
  return {
    name: tool.name,
    input_schema: inputSchema,
    ...(tool.description === undefined ? undefined : { description: tool.description }),
    ...extra,
    parse: (input: unknown) => input as MCPToolInput<T>,
    run: async (input, { signal }) =>
      toToolResult(await mcpClient.callTool({ name: tool.name, arguments: input }, undefined, { signal })),
  };
}

/**
 * {@link mcpTool} for every tool of a list (`(await mcpClient.listTools()).tools`).
 *
 * @example
 * const { tools } = await mcpClient.listTools();
 * const runner = betaToolRunner(client, { model, max_tokens: 1024, tools: mcpTools(tools, mcpClient), messages });
 */
export function mcpTools<const T extends MCPToolLike>(
  tools: readonly T[],
  mcpClient: MCPClientLike,
  extra?: MCPToolExtra,
): Array<BetaRunnableTool<MCPToolInput<T>, Tool>> {
  return tools.map((tool) => mcpTool(tool, mcpClient, extra));
}

/** The tool result for an MCP `callTool` result (an error result throws `ToolError`, so it is sent with `is_error`). */
function toToolResult(result: MCPCallToolResultLike | MCPLegacyCallToolResultLike): BetaToolResult {
  // MCP 2024-10-07: a bare `toolResult`, sent as text.
  if (!('content' in result)) {
    const { toolResult } = result;
    return typeof toolResult === 'string' ? toolResult : JSON.stringify(toolResult ?? null);
  }
  if (result.isError) throw new ToolError(result.content.map((item) => mcpContent(item)));
  // MCP says a tool with structured output SHOULD also return it as text; when it does not, send the JSON.
  if (
    result.content.length === 0 &&
    typeof result.structuredContent === 'object' &&
    result.structuredContent !== null
  ) {
    return JSON.stringify(result.structuredContent);
  }
  return result.content.map((item) => mcpContent(item));
}
