/**
 * Content blocks of a response `Message` (`Message.content`, `content_block_start`).
 * Every block is discriminated on `type`. Responses may carry fields not modelled
 * here; decoders keep them and code should tolerate them.
 */
import type { TextCitation } from './citations.js';
import type {
  BashCodeExecutionToolResultBlock,
  CodeExecutionToolResultBlock,
  ContainerUploadBlock,
  TextEditorCodeExecutionToolResultBlock,
  ToolSearchToolResultBlock,
  WebFetchToolResultBlock,
  WebSearchToolResultBlock,
} from './server-tool-results.js';

/** Marks a tool call made by the model itself. */
export interface DirectCaller {
  type: 'direct';
}

/** Marks a tool call made from inside a `code_execution_20250825` run (programmatic tool calling). */
export interface ServerToolCaller {
  /** Id of the `server_tool_use` block of the calling code execution. */
  tool_id: string;

  type: 'code_execution_20250825';
}

/** Marks a tool call made from inside a `code_execution_20260120` run. */
export interface ServerToolCaller20260120 {
  /** Id of the `server_tool_use` block of the calling code execution. */
  tool_id: string;

  type: 'code_execution_20260120';
}

/** Generated text, with the citations that support it. */
export interface TextBlock {
  /**
   * Citations supporting this text, or `null`. While streaming, `citations_delta` events
   * append to this array (a block may start with `null`).
   */
  citations: TextCitation[] | null;

  /** The text; while streaming, `text_delta` events append to it. */
  text: string;

  type: 'text';
}

/** Extended-thinking output. Send it back unchanged (with `signature`) in later turns. */
export interface ThinkingBlock {
  /**
   * Opaque verification value; pass it back exactly as received. While streaming it arrives
   * in one `signature_delta` that replaces (not appends to) the initial `""`.
   */
  signature: string;

  /** The thinking text; while streaming, `thinking_delta` events append to it. */
  thinking: string;

  type: 'thinking';
}

/** Thinking that was safety-redacted; opaque, pass it back unchanged. */
export interface RedactedThinkingBlock {
  /** Encrypted thinking content. */
  data: string;

  type: 'redacted_thinking';
}

/** Who made a tool call: the model directly, or code running in a code-execution tool. */
export type ToolUseCaller = DirectCaller | ServerToolCaller | ServerToolCaller20260120;

/** Fields of a `tool_use` block, shared by `ToolUseBlock` and `ToolUseBlockParam`. */
export interface ToolUseBlockFields {
  /** Tool-use id (`toolu_…`), echoed as `tool_use_id` in the matching `tool_result`. */
  id: string;

  /** Who made the call: the model directly, or code running in a code-execution tool. */
  caller?: ToolUseCaller;

  /** The tool arguments (a JSON object). */
  input: unknown;

  /** Name of the tool being called (a custom tool `name`, or a client tool like `bash`). */
  name: string;

  type: 'tool_use';
}

/** Fields of a `server_tool_use` block, shared by `ServerToolUseBlock` and `ServerToolUseBlockParam`. */
export interface ServerToolUseBlockFields {
  /** Server tool-use id (`srvtoolu_…`). */
  id: string;

  /** Who made the call: the model directly, or code running in a code-execution tool. */
  caller?: ToolUseCaller;

  /** The tool arguments (a JSON object). */
  input: unknown;

  name:
    | 'web_search'
    | 'web_fetch'
    | 'code_execution'
    | 'bash_code_execution'
    | 'text_editor_code_execution'
    | 'tool_search_tool_regex'
    | 'tool_search_tool_bm25';

  type: 'server_tool_use';
}

/** A call to a client-side tool; answer it with a `tool_result` block of the same id. */
export interface ToolUseBlock extends ToolUseBlockFields {
  /**
   * The tool arguments (a JSON object matching the tool's `input_schema`). `unknown`
   * because the model produces it; while streaming it is the partial parse of the
   * `input_json_delta` fragments received so far (`{}` at the start).
   */
  input: unknown;
}

/** A call to a server tool; the API runs it and adds the matching result block itself. */
export interface ServerToolUseBlock extends ServerToolUseBlockFields {
  /** The tool arguments; streamed like `ToolUseBlock.input`. */
  input: unknown;
}

/**
 * Any block of a response `Message`, discriminated on `type`. The union is closed for
 * exhaustive `switch`es; beta extends it with its own block types.
 */
export type ContentBlock =
  | TextBlock
  | ThinkingBlock
  | RedactedThinkingBlock
  | ToolUseBlock
  | ServerToolUseBlock
  | WebSearchToolResultBlock
  | WebFetchToolResultBlock
  | CodeExecutionToolResultBlock
  | BashCodeExecutionToolResultBlock
  | TextEditorCodeExecutionToolResultBlock
  | ToolSearchToolResultBlock
  | ContainerUploadBlock;
