/**
 * Content blocks accepted in beta request messages: every GA block plus MCP blocks sent back,
 * compaction blocks, fallback blocks, and the tool additions/removals of mid-conversation system
 * messages.
 */
import type { CacheControlEphemeral, ContentBlockParam, Model, TextBlockParam, ToolResultBlockParam } from '@anth/core';
import type { BetaToolUnion } from './beta-tools.js';

/** An earlier `mcp_tool_use` block, sent back unchanged in the assistant turn. */
export interface BetaMCPToolUseBlockParam {
  id: string;

  input: unknown;

  name: string;

  server_name: string;

  type: 'mcp_tool_use';

  cache_control?: CacheControlEphemeral | null;
}

/** An earlier `mcp_tool_result` block, sent back unchanged. */
export interface BetaRequestMCPToolResultBlockParam {
  tool_use_id: string;

  type: 'mcp_tool_result';

  cache_control?: CacheControlEphemeral | null;

  content?: string | TextBlockParam[];

  is_error?: boolean;
}

/** An earlier `compaction` block, sent back unchanged. */
export interface BetaCompactionBlockParam {
  type: 'compaction';

  cache_control?: CacheControlEphemeral | null;

  content?: string | null;

  encrypted_content?: string | null;
}

/** An earlier `fallback` block, sent back unchanged. */
export interface BetaFallbackBlockParam {
  from: { model: Model };

  to: { model: Model };

  type: 'fallback';
}

/** Refers to a tool of the request's `tools` by name. */
export interface BetaToolChangeToolReference {
  name: string;

  type: 'tool_reference';
}

/**
 * A tool defined inline, by value (needs the `inline-tools-2026-09-15` beta): the same object a
 * `tools` entry holds. The tool runner's `addTools()` sends these.
 */
export interface BetaToolChangeToolDefinitionParam {
  definition: BetaToolUnion;

  type: 'tool_definition';
}

/**
 * Makes a tool available from this point of the conversation: one of `tools` by name, or (with the
 * `inline-tools-2026-09-15` beta) a new one by value. Sent in a `role: "system"` message; the tool
 * runner honours it when it picks the tool to run.
 */
export interface BetaRequestToolAdditionBlock {
  tool: BetaToolChangeToolReference | BetaToolChangeToolDefinitionParam;

  type: 'tool_addition';

  cache_control?: CacheControlEphemeral | null;
}

/**
 * Withdraws a tool from this point of the conversation. Sent in a `role: "system"` message; the tool
 * runner then answers calls to it with "not found".
 *
 * @example
 * runner.pushMessages({ role: 'system', content: [{ type: 'tool_removal', tool: { type: 'tool_reference', name: 'delete_file' } }] });
 */
export interface BetaRequestToolRemovalBlock {
  tool: BetaToolChangeToolReference;

  type: 'tool_removal';

  cache_control?: CacheControlEphemeral | null;
}

/** Any block accepted in `BetaMessageParam.content`, discriminated on `type`. */
export type BetaContentBlockParam =
  | ContentBlockParam
  | BetaMCPToolUseBlockParam
  | BetaRequestMCPToolResultBlockParam
  | BetaCompactionBlockParam
  | BetaFallbackBlockParam
  | BetaRequestToolAdditionBlock
  | BetaRequestToolRemovalBlock;

/**
 * What a tool result may contain besides a string: text, images, documents, search results and
 * tool references. Runnable tools may return an array of these.
 *
 * @example
 * const blocks: BetaToolResultContentBlockParam[] = [{ type: 'text', text: 'Chart:' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data } }];
 */
export type BetaToolResultContentBlockParam = Exclude<ToolResultBlockParam['content'], string | undefined>[number];
