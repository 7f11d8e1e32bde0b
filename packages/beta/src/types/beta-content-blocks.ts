/**
 * Content blocks of a beta response (`BetaMessage.content`): every GA block plus the MCP connector's
 * tool use and result, server-side compaction, and model fallback.
 */
import type { ContentBlock, Model, TextBlock } from '@anth/core';

/** A call to a tool of an MCP server (`mcp_servers`); the API runs it and adds the `mcp_tool_result`. */
export interface BetaMCPToolUseBlock {
  /** Tool-use id (`mcptoolu_…`). */
  id: string;

  /** The tool arguments (a JSON object); while streaming, the partial parse so far. */
  input: unknown;

  /** Name of the MCP tool. */
  name: string;

  /** Name of the MCP server (as in `mcp_servers`). */
  server_name: string;

  type: 'mcp_tool_use';
}

/** The result of an `mcp_tool_use`, produced by the API. */
export interface BetaMCPToolResultBlock {
  content: string | TextBlock[];

  is_error: boolean;

  /** The `id` of the `mcp_tool_use` block. */
  tool_use_id: string;

  type: 'mcp_tool_result';
}

/**
 * A summary of earlier turns written by server-side compaction (`context_management` edit
 * `compact_20260112`). Send it back unchanged; the API drops the turns it replaces.
 */
export interface BetaCompactionBlock {
  /** The readable summary, or `null`; while streaming, `compaction_delta` events append to it. */
  content: string | null;

  /** Opaque form of the summary; replaced (not appended) by `compaction_delta`. */
  encrypted_content: string | null;

  type: 'compaction';
}

/** A model named in a fallback. */
export interface BetaFallbackInfo {
  model: Model;
}

/**
 * The request fell back from one model to another (beta `fallbacks`); the rest of the reply comes
 * from `to.model`, which also becomes `BetaMessage.model`.
 */
export interface BetaFallbackBlock {
  from: BetaFallbackInfo;

  to: BetaFallbackInfo;

  /** Why the fallback happened (a refusal by the first model). */
  trigger: { type: 'refusal'; category: string | null };

  type: 'fallback';
}

/**
 * Any block of a `BetaMessage`, discriminated on `type`.
 *
 * @example
 * for (const block of message.content) if (block.type === 'mcp_tool_use') console.log(block.server_name, block.name);
 */
export type BetaContentBlock =
  | ContentBlock
  | BetaMCPToolUseBlock
  | BetaMCPToolResultBlock
  | BetaCompactionBlock
  | BetaFallbackBlock;
