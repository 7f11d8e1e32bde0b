/**
 * Tool definitions only the beta endpoint accepts: the older computer-use generation (computer,
 * bash and text editor `*_20241022`), the 2025 computer tools, the first code execution tool, the
 * MCP connector's toolset and server definitions, and the advisor. Every GA tool (`ToolUnion` of
 * `@anth/core`) is accepted too.
 */
import type {
  CacheControlEphemeral,
  MemoryTool20250818,
  Model,
  Tool,
  ToolBash20250124,
  ToolTextEditor20250124,
  ToolTextEditor20250429,
  ToolTextEditor20250728,
  ToolUnion,
} from '@anth/core';

/** Fields every tool definition accepts (who may call it, caching, deferred loading, strict schemas). */
export type BetaToolDefinitionFields = Pick<Tool, 'allowed_callers' | 'cache_control' | 'defer_loading' | 'strict'>;

/** Fields every client-executed tool accepts: the common ones plus `input_examples`. */
export type BetaClientToolFields = BetaToolDefinitionFields & Pick<Tool, 'input_examples'>;

/** Fields of every computer-use tool version. */
interface ComputerUseFields extends BetaClientToolFields {
  /** Height of the display, in pixels. */
  display_height_px: number;

  /** Width of the display, in pixels. */
  display_width_px: number;

  name: 'computer';

  /** X11 display number (e.g. `0`), if any. */
  display_number?: number | null;
}

/**
 * Computer use, 2024-10-22 version (needs the `computer-use-2024-10-22` beta); called as `computer`.
 *
 * @example
 * const tool: BetaToolComputerUse20241022 = { type: 'computer_20241022', name: 'computer', display_width_px: 1024, display_height_px: 768 };
 */
export interface BetaToolComputerUse20241022 extends ComputerUseFields {
  type: 'computer_20241022';
}

/** Computer use, 2025-01-24 version (needs `computer-use-2025-01-24`); called as `computer`. */
export interface BetaToolComputerUse20250124 extends ComputerUseFields {
  type: 'computer_20250124';
}

/** Computer use, 2025-11-24 version (needs `computer-use-2025-11-24`); called as `computer`. */
export interface BetaToolComputerUse20251124 extends ComputerUseFields {
  type: 'computer_20251124';

  /** Allow the `zoom` action (a zoomed-in screenshot of a region). */
  enable_zoom?: boolean;
}

/** Bash, 2024-10-22 version (needs `computer-use-2024-10-22`); called as `bash`. */
export interface BetaToolBash20241022 extends BetaClientToolFields {
  name: 'bash';

  type: 'bash_20241022';
}

/** Text editor, 2024-10-22 version (needs `computer-use-2024-10-22`); called as `str_replace_editor`. */
export interface BetaToolTextEditor20241022 extends BetaClientToolFields {
  name: 'str_replace_editor';

  type: 'text_editor_20241022';
}

/** Code execution, 2025-05-22 version (Python only; needs `code-execution-2025-05-22`); called as `code_execution`. */
export interface BetaCodeExecutionTool20250522 extends BetaToolDefinitionFields {
  name: 'code_execution';

  type: 'code_execution_20250522';
}

/** Enables or defers one tool of an MCP toolset. */
export interface BetaMCPToolConfig {
  /** Load the tool only through tool search. */
  defer_loading?: boolean;

  /** Offer the tool to the model. */
  enabled?: boolean;
}

/**
 * The tools of one MCP server from `mcp_servers` (needs the `mcp-client-2025-11-20` beta). The
 * model calls them with `mcp_tool_use` blocks, which the API runs.
 *
 * @example
 * const toolset: BetaMCPToolset = { type: 'mcp_toolset', mcp_server_name: 'docs', configs: { delete_page: { enabled: false } } };
 */
export interface BetaMCPToolset {
  /** The `name` of a server in `mcp_servers`. */
  mcp_server_name: string;

  type: 'mcp_toolset';

  cache_control?: CacheControlEphemeral | null;

  /** Per-tool overrides, keyed by tool name. */
  configs?: Record<string, BetaMCPToolConfig> | null;

  /** Applies to every tool of the server unless `configs` overrides it. */
  default_config?: BetaMCPToolConfig;
}

/** The advisor tool, 2026-03-01 version (needs `advisor-tool-2026-03-01`): another model the model may consult. */
export interface BetaAdvisorTool20260301 extends BetaToolDefinitionFields {
  /** The model that advises. */
  model: Model;

  name: 'advisor';

  type: 'advisor_20260301';

  /** Largest `max_tokens` of one consultation. */
  max_tokens?: number | null;

  /** Maximum consultations in this request. */
  max_uses?: number | null;
}

/**
 * Any entry of `tools` on the beta endpoint: every GA tool plus the beta-only ones. Discriminate on
 * `type` (absent or `"custom"` for a custom `Tool`).
 */
export type BetaToolUnion =
  | ToolUnion
  | BetaToolComputerUse20241022
  | BetaToolComputerUse20250124
  | BetaToolComputerUse20251124
  | BetaToolBash20241022
  | BetaToolTextEditor20241022
  | BetaCodeExecutionTool20250522
  | BetaMCPToolset
  | BetaAdvisorTool20260301;

/**
 * The tools your code runs (the runner calls their `run`): custom tools, and the Anthropic-defined
 * client tools (bash, text editor, computer, memory).
 */
export type BetaClientToolDefinition =
  | Tool
  | ToolBash20250124
  | ToolTextEditor20250124
  | ToolTextEditor20250429
  | ToolTextEditor20250728
  | MemoryTool20250818
  | BetaToolBash20241022
  | BetaToolTextEditor20241022
  | BetaToolComputerUse20241022
  | BetaToolComputerUse20250124
  | BetaToolComputerUse20251124;

/** Which tools of an MCP server the model may use. */
export interface BetaRequestMCPServerToolConfiguration {
  /** Only these tools; all when absent. */
  allowed_tools?: string[] | null;

  /** `false` offers none of the server's tools. */
  enabled?: boolean | null;
}

/**
 * A remote MCP server the API connects to (`mcp_servers`, needs the `mcp-client-2025-04-04` beta).
 *
 * @example
 * const server: BetaRequestMCPServerURLDefinition = { type: 'url', name: 'docs', url: 'https://mcp.example.com/sse' };
 */
export interface BetaRequestMCPServerURLDefinition {
  /** How tools and blocks refer to the server. */
  name: string;

  type: 'url';

  url: string;

  /** OAuth bearer token the API sends to the server. Treat it as a secret. */
  authorization_token?: string | null;

  tool_configuration?: BetaRequestMCPServerToolConfiguration | null;
}
