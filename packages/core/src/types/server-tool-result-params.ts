/**
 * Request-side copies of server tool result blocks, used when a previous assistant turn
 * is sent back. Normally you pass the response blocks back unchanged; these types say
 * which fields are required when you build them by hand.
 */
import type { CacheControlEphemeral } from './cache-control.js';
import type { DirectCaller, ServerToolCaller, ServerToolCaller20260120 } from './content-blocks.js';
import type { DocumentBlockParam } from './content-block-params.js';
import type {
  BashCodeExecutionToolResultErrorCode,
  CodeExecutionToolResultErrorCode,
  TextEditorCodeExecutionToolResultErrorCode,
  ToolSearchToolResultErrorCode,
  WebFetchToolResultErrorCode,
  WebSearchToolResultErrorCode,
} from './server-tool-results.js';

// ─── web search ──────────────────────────────────────────────────────────────

/** A web search hit sent back in a later turn. */
export interface WebSearchResultBlockParam {
  encrypted_content: string;

  title: string;

  type: 'web_search_result';

  url: string;

  page_age?: string | null;
}

/** A failed web search sent back in a later turn. */
export interface WebSearchToolRequestError {
  error_code: WebSearchToolResultErrorCode;

  type: 'web_search_tool_result_error';
}

/** Web search result payload in a request: the hits, or an error. */
export type WebSearchToolResultBlockParamContent = WebSearchResultBlockParam[] | WebSearchToolRequestError;

/** A `web_search_tool_result` block sent back in a later turn. */
export interface WebSearchToolResultBlockParam {
  content: WebSearchToolResultBlockParamContent;

  /** Id of the `server_tool_use` block this answers. */
  tool_use_id: string;

  type: 'web_search_tool_result';

  cache_control?: CacheControlEphemeral | null;

  caller?: DirectCaller | ServerToolCaller | ServerToolCaller20260120;
}

// ─── web fetch ───────────────────────────────────────────────────────────────

/** A fetched page sent back in a later turn. */
export interface WebFetchBlockParam {
  content: DocumentBlockParam;

  type: 'web_fetch_result';

  url: string;

  retrieved_at?: string | null;
}

/** A failed web fetch sent back in a later turn. */
export interface WebFetchToolResultErrorBlockParam {
  error_code: WebFetchToolResultErrorCode;

  type: 'web_fetch_tool_result_error';
}

/** A `web_fetch_tool_result` block sent back in a later turn. */
export interface WebFetchToolResultBlockParam {
  content: WebFetchToolResultErrorBlockParam | WebFetchBlockParam;

  tool_use_id: string;

  type: 'web_fetch_tool_result';

  cache_control?: CacheControlEphemeral | null;

  caller?: DirectCaller | ServerToolCaller | ServerToolCaller20260120;
}

// ─── code execution ──────────────────────────────────────────────────────────

/** A code execution output file sent back in a later turn. */
export interface CodeExecutionOutputBlockParam {
  file_id: string;

  type: 'code_execution_output';
}

/** A code execution run sent back in a later turn. */
export interface CodeExecutionResultBlockParam {
  content: CodeExecutionOutputBlockParam[];

  return_code: number;

  stderr: string;

  stdout: string;

  type: 'code_execution_result';
}

/** An encrypted code execution run sent back in a later turn. */
export interface EncryptedCodeExecutionResultBlockParam {
  content: CodeExecutionOutputBlockParam[];

  encrypted_stdout: string;

  return_code: number;

  stderr: string;

  type: 'encrypted_code_execution_result';
}

/** A failed code execution sent back in a later turn. */
export interface CodeExecutionToolResultErrorParam {
  error_code: CodeExecutionToolResultErrorCode;

  type: 'code_execution_tool_result_error';
}

/** Code execution result payload in a request. */
export type CodeExecutionToolResultBlockParamContent =
  | CodeExecutionToolResultErrorParam
  | CodeExecutionResultBlockParam
  | EncryptedCodeExecutionResultBlockParam;

/** A `code_execution_tool_result` block sent back in a later turn. */
export interface CodeExecutionToolResultBlockParam {
  content: CodeExecutionToolResultBlockParamContent;

  tool_use_id: string;

  type: 'code_execution_tool_result';

  cache_control?: CacheControlEphemeral | null;
}

// ─── bash code execution ─────────────────────────────────────────────────────

/** A bash output file sent back in a later turn. */
export interface BashCodeExecutionOutputBlockParam {
  file_id: string;

  type: 'bash_code_execution_output';
}

/** A bash command result sent back in a later turn. */
export interface BashCodeExecutionResultBlockParam {
  content: BashCodeExecutionOutputBlockParam[];

  return_code: number;

  stderr: string;

  stdout: string;

  type: 'bash_code_execution_result';
}

/** A failed bash command sent back in a later turn. */
export interface BashCodeExecutionToolResultErrorParam {
  error_code: BashCodeExecutionToolResultErrorCode;

  type: 'bash_code_execution_tool_result_error';
}

/** A `bash_code_execution_tool_result` block sent back in a later turn. */
export interface BashCodeExecutionToolResultBlockParam {
  content: BashCodeExecutionToolResultErrorParam | BashCodeExecutionResultBlockParam;

  tool_use_id: string;

  type: 'bash_code_execution_tool_result';

  cache_control?: CacheControlEphemeral | null;
}

// ─── text editor code execution ──────────────────────────────────────────────

/** A text editor `view` result sent back in a later turn. */
export interface TextEditorCodeExecutionViewResultBlockParam {
  content: string;

  file_type: 'text' | 'image' | 'pdf';

  type: 'text_editor_code_execution_view_result';

  num_lines?: number | null;

  start_line?: number | null;

  total_lines?: number | null;
}

/** A text editor `create` result sent back in a later turn. */
export interface TextEditorCodeExecutionCreateResultBlockParam {
  is_file_update: boolean;

  type: 'text_editor_code_execution_create_result';
}

/** A text editor `str_replace` result sent back in a later turn. */
export interface TextEditorCodeExecutionStrReplaceResultBlockParam {
  type: 'text_editor_code_execution_str_replace_result';

  lines?: string[] | null;

  new_lines?: number | null;

  new_start?: number | null;

  old_lines?: number | null;

  old_start?: number | null;
}

/** A failed text editor command sent back in a later turn. */
export interface TextEditorCodeExecutionToolResultErrorParam {
  error_code: TextEditorCodeExecutionToolResultErrorCode;

  type: 'text_editor_code_execution_tool_result_error';

  error_message?: string | null;
}

/** A `text_editor_code_execution_tool_result` block sent back in a later turn. */
export interface TextEditorCodeExecutionToolResultBlockParam {
  content:
    | TextEditorCodeExecutionToolResultErrorParam
    | TextEditorCodeExecutionViewResultBlockParam
    | TextEditorCodeExecutionCreateResultBlockParam
    | TextEditorCodeExecutionStrReplaceResultBlockParam;

  tool_use_id: string;

  type: 'text_editor_code_execution_tool_result';

  cache_control?: CacheControlEphemeral | null;
}

// ─── tool search ─────────────────────────────────────────────────────────────

/** A tool reference, in a tool search result or a `tool_result`'s content. */
export interface ToolReferenceBlockParam {
  /** Name of a tool declared in `tools` (usually with `defer_loading: true`). */
  tool_name: string;

  type: 'tool_reference';

  cache_control?: CacheControlEphemeral | null;
}

/** A successful tool search sent back in a later turn. */
export interface ToolSearchToolSearchResultBlockParam {
  tool_references: ToolReferenceBlockParam[];

  type: 'tool_search_tool_search_result';
}

/** A failed tool search sent back in a later turn. */
export interface ToolSearchToolResultErrorParam {
  error_code: ToolSearchToolResultErrorCode;

  type: 'tool_search_tool_result_error';

  error_message?: string | null;
}

/** A `tool_search_tool_result` block sent back in a later turn. */
export interface ToolSearchToolResultBlockParam {
  content: ToolSearchToolResultErrorParam | ToolSearchToolSearchResultBlockParam;

  tool_use_id: string;

  type: 'tool_search_tool_result';

  cache_control?: CacheControlEphemeral | null;
}
