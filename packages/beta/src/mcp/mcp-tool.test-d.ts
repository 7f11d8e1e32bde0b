// Type-level checks (run by `tsc -p tsconfig.json`): the MCP SDK's own objects fit the structural MCP
// types with no cast, and mcpTool infers the tool's input from an inline schema.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { GetPromptResult, ReadResourceResult, Tool as MCPTool } from '@modelcontextprotocol/sdk/types.js';
import { expectTypeOf } from 'vitest';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type { BetaMessageParam } from '../types/index.js';
import { mcpContent } from './mcp-content.js';
import { mcpMessage, mcpMessages } from './mcp-message.js';
import { mcpResourceToContent } from './mcp-resource-to-content.js';
import { mcpResourceToFile } from './mcp-resource-to-file.js';
import { mcpTool, mcpTools } from './mcp-tool.js';
import type { MCPClientLike } from './mcp-types.js';

export function fromTheSDK(
  client: Client,
  tools: MCPTool[],
  prompt: GetPromptResult,
  resource: ReadResourceResult,
): void {
  expectTypeOf(client).toExtend<MCPClientLike>();
  // A listed tool's schema is only known at run time: its input is a record.
  const listed = mcpTools(tools, client);
  expectTypeOf(listed[0]!.run).parameter(0).toEqualTypeOf<Record<string, unknown>>();
  expectTypeOf(mcpMessages(prompt.messages)).toEqualTypeOf<BetaMessageParam[]>();
  expectTypeOf(mcpMessage(prompt.messages[0]!)).toEqualTypeOf<BetaMessageParam>();
  expectTypeOf(mcpContent(prompt.messages[0]!.content).type).toEqualTypeOf<'text' | 'image' | 'document'>();
  expectTypeOf(mcpResourceToContent(resource).type).toEqualTypeOf<'text' | 'image' | 'document'>();
  expectTypeOf(mcpResourceToFile(resource)).toEqualTypeOf<File>();
}

export function inlineSchema(client: MCPClientLike): void {
  const weather = mcpTool(
    {
      name: 'get_weather',
      inputSchema: {
        type: 'object',
        properties: { city: { type: 'string' }, days: { type: 'integer' } },
        required: ['city'],
      },
    },
    client,
  );
  expectTypeOf(weather.run).parameter(0).toEqualTypeOf<{ city: string; days?: number }>();
  expectTypeOf(weather).toExtend<BetaRunnableTool>();
}
