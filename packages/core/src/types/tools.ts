/**
 * Tool definitions for `tools[]` and `tool_choice`. Client tools (custom, bash, text
 * editor, memory) are run by your code, which answers each `tool_use` with a
 * `tool_result`; server tools (see `server-tools.ts`) are run by the API.
 */
import type { CacheControlEphemeral } from './cache-control.js';
import type {
  CodeExecutionTool20250825,
  CodeExecutionTool20260120,
  CodeExecutionTool20260521,
  ToolSearchToolBm25_20251119,
  ToolSearchToolRegex20251119,
  WebFetchTool20250910,
  WebFetchTool20260209,
  WebFetchTool20260309,
  WebFetchTool20260318,
  WebSearchTool20250305,
  WebSearchTool20260209,
  WebSearchTool20260318,
} from './server-tools.js';

/** JSON Schema of a custom tool's input; must be an object schema. */
export interface ToolInputSchema {
  /** Always `"object"`: tool inputs are JSON objects. */
  type: 'object';

  properties?: unknown;

  required?: string[] | null;

  /** Any other JSON Schema keyword (`additionalProperties`, `$defs`, …). */
  [key: string]: unknown;
}

/**
 * Who may call a tool: the model directly (`direct`), or code running in that version of
 * the code-execution tool (programmatic tool calling).
 */
export type AllowedCaller =
  | 'direct'
  | 'code_execution_20250825'
  | 'code_execution_20260120'
  | 'code_execution_20260521';

/** Fields every tool definition in `tools[]` accepts, custom or Anthropic-defined. */
export interface ToolDefinitionCommon {
  /** Who may call the tool: the model directly and/or code in a code-execution tool. */
  allowed_callers?: AllowedCaller[];

  cache_control?: CacheControlEphemeral | null;

  /** If `true`, the tool is not in the initial prompt and is loaded only through tool search. */
  defer_loading?: boolean;

  /** If `true`, names and inputs are guaranteed to validate against the tool's input schema. */
  strict?: boolean;
}

/** Fields every client-executed tool (custom, bash, text editor, memory) accepts. */
interface ClientToolCommon extends ToolDefinitionCommon {
  /** Example inputs that show the model how to call the tool. */
  input_examples?: Record<string, unknown>[];
}

/**
 * A custom (client-side) tool.
 *
 * @example
 * ```ts
 * const tool: Tool = {
 *   name: 'get_stock_price',
 *   description: 'Get the current stock price for a ticker symbol.',
 *   input_schema: { type: 'object', properties: { ticker: { type: 'string' } }, required: ['ticker'] },
 * };
 * ```
 */
export interface Tool extends ClientToolCommon {
  /** JSON Schema of the `input` the model must produce; `type` must be `"object"`. */
  input_schema: ToolInputSchema;

  /** How the model calls the tool, and the `name` of its `tool_use` blocks. */
  name: string;

  /** What the tool does; strongly recommended and the more detailed the better. */
  description?: string;

  /**
   * Stream this tool's input eagerly (fine-grained tool streaming). `null`/absent uses the
   * default for the active beta headers.
   */
  eager_input_streaming?: boolean | null;

  /** Optional marker; the SDK helpers set `"custom"`. */
  type?: 'custom' | null;
}

/** Anthropic-defined bash tool (client-executed); the model calls it as `bash`. */
export interface ToolBash20250124 extends ClientToolCommon {
  name: 'bash';

  type: 'bash_20250124';
}

/** Anthropic-defined text editor tool, 2025-01-24 version; called as `str_replace_editor`. */
export interface ToolTextEditor20250124 extends ClientToolCommon {
  name: 'str_replace_editor';

  type: 'text_editor_20250124';
}

/** Anthropic-defined text editor tool, 2025-04-29 version; called as `str_replace_based_edit_tool`. */
export interface ToolTextEditor20250429 extends ClientToolCommon {
  name: 'str_replace_based_edit_tool';

  type: 'text_editor_20250429';
}

/** Anthropic-defined text editor tool, 2025-07-28 version; called as `str_replace_based_edit_tool`. */
export interface ToolTextEditor20250728 extends ClientToolCommon {
  name: 'str_replace_based_edit_tool';

  type: 'text_editor_20250728';

  /** Truncate `view` output to this many characters; absent shows the whole file. */
  max_characters?: number | null;
}

/** Anthropic-defined memory tool (client-executed file commands); called as `memory`. */
export interface MemoryTool20250818 extends ClientToolCommon {
  name: 'memory';

  type: 'memory_20250818';
}

/**
 * Any entry of `MessageCreateParams.tools`: a custom tool or an Anthropic-defined
 * (versioned) client or server tool. Discriminate on `type` (absent or `"custom"` for `Tool`).
 */
export type ToolUnion =
  | Tool
  | ToolBash20250124
  | CodeExecutionTool20250825
  | CodeExecutionTool20260120
  | CodeExecutionTool20260521
  | MemoryTool20250818
  | ToolTextEditor20250124
  | ToolTextEditor20250429
  | ToolTextEditor20250728
  | WebSearchTool20250305
  | WebFetchTool20250910
  | WebSearchTool20260209
  | WebFetchTool20260209
  | WebFetchTool20260309
  | WebSearchTool20260318
  | WebFetchTool20260318
  | ToolSearchToolBm25_20251119
  | ToolSearchToolRegex20251119;

/** Any entry of `MessageCountTokensParams.tools` (the same set as `ToolUnion`). */
export type MessageCountTokensTool = ToolUnion;

/** The model decides whether to call tools (the default when `tools` are given). */
export interface ToolChoiceAuto {
  type: 'auto';

  /** If `true`, the model emits at most one `tool_use` per turn. Default `false`. */
  disable_parallel_tool_use?: boolean;
}

/** The model must call one of the tools. */
export interface ToolChoiceAny {
  type: 'any';

  /** If `true`, the model emits exactly one `tool_use`. Default `false`. */
  disable_parallel_tool_use?: boolean;
}

/** The model must call the named tool. */
export interface ToolChoiceTool {
  /** Name of the tool to call. */
  name: string;

  type: 'tool';

  /** If `true`, the model emits exactly one `tool_use`. Default `false`. */
  disable_parallel_tool_use?: boolean;
}

/** The model must not call tools. */
export interface ToolChoiceNone {
  type: 'none';
}

/**
 * How the model should use `tools`.
 *
 * @example
 * ```ts
 * const choice: ToolChoice = { type: 'tool', name: 'get_stock_price' };
 * ```
 */
export type ToolChoice = ToolChoiceAuto | ToolChoiceAny | ToolChoiceTool | ToolChoiceNone;
