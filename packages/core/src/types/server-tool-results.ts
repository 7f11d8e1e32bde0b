/**
 * Result blocks that server tools add to a response `Message`. Each result's `content`
 * is either the success payload or an error object carrying an `error_code`.
 */
import type { CitationsConfig } from './citations.js';
import type { DirectCaller, ServerToolCaller, ServerToolCaller20260120 } from './content-blocks.js';
import type { Base64PDFSource, PlainTextSource } from './sources.js';

// ─── web search ──────────────────────────────────────────────────────────────

/** One web search hit. */
export interface WebSearchResultBlock {
  /** Opaque page content; send it back unchanged in later turns. */
  encrypted_content: string;

  /** Age of the page as reported by the search backend, e.g. `"2 days ago"`. */
  page_age: string | null;

  title: string;

  type: 'web_search_result';

  url: string;
}

/** Error codes a web search can fail with. */
export type WebSearchToolResultErrorCode =
  | 'invalid_tool_input'
  | 'unavailable'
  | 'max_uses_exceeded'
  | 'too_many_requests'
  | 'query_too_long'
  | 'request_too_large';

/** A failed web search. */
export interface WebSearchToolResultError {
  error_code: WebSearchToolResultErrorCode;

  type: 'web_search_tool_result_error';
}

/** Web search result payload: the hits, or an error. */
export type WebSearchToolResultBlockContent = WebSearchToolResultError | WebSearchResultBlock[];

/** The result of a `web_search` server tool call. */
export interface WebSearchToolResultBlock {
  caller?: DirectCaller | ServerToolCaller | ServerToolCaller20260120;

  content: WebSearchToolResultBlockContent;

  /** Id of the `server_tool_use` block this answers. */
  tool_use_id: string;

  type: 'web_search_tool_result';
}

// ─── web fetch ───────────────────────────────────────────────────────────────

/** A document as returned inside a web fetch result. */
export interface DocumentBlock {
  /** Citation settings of the document, or `null`. */
  citations: CitationsConfig | null;

  source: Base64PDFSource | PlainTextSource;

  title: string | null;

  type: 'document';
}

/** A fetched page. */
export interface WebFetchBlock {
  content: DocumentBlock;

  /** ISO 8601 time the content was retrieved. */
  retrieved_at: string | null;

  type: 'web_fetch_result';

  /** The fetched URL. */
  url: string;
}

/** Error codes a web fetch can fail with. */
export type WebFetchToolResultErrorCode =
  | 'invalid_tool_input'
  | 'url_too_long'
  | 'url_not_allowed'
  | 'url_not_in_prior_context'
  | 'url_not_accessible'
  | 'unsupported_content_type'
  | 'too_many_requests'
  | 'max_uses_exceeded'
  | 'unavailable';

/** A failed web fetch. */
export interface WebFetchToolResultErrorBlock {
  error_code: WebFetchToolResultErrorCode;

  type: 'web_fetch_tool_result_error';
}

/** The result of a `web_fetch` server tool call. */
export interface WebFetchToolResultBlock {
  caller?: DirectCaller | ServerToolCaller | ServerToolCaller20260120;

  content: WebFetchToolResultErrorBlock | WebFetchBlock;

  tool_use_id: string;

  type: 'web_fetch_tool_result';
}

// ─── code execution ──────────────────────────────────────────────────────────

/** A file produced by code execution (download it with the Files API). */
export interface CodeExecutionOutputBlock {
  file_id: string;

  type: 'code_execution_output';
}

/** A finished code execution run. */
export interface CodeExecutionResultBlock {
  /** Files the run produced. */
  content: CodeExecutionOutputBlock[];

  return_code: number;

  stderr: string;

  stdout: string;

  type: 'code_execution_result';
}

/** A finished code execution run whose stdout is encrypted (used with programmatic tool calling). */
export interface EncryptedCodeExecutionResultBlock {
  content: CodeExecutionOutputBlock[];

  /** Opaque stdout; send it back unchanged. */
  encrypted_stdout: string;

  return_code: number;

  stderr: string;

  type: 'encrypted_code_execution_result';
}

/** Error codes code execution can fail with. */
export type CodeExecutionToolResultErrorCode =
  | 'invalid_tool_input'
  | 'unavailable'
  | 'too_many_requests'
  | 'execution_time_exceeded';

/** A failed code execution. */
export interface CodeExecutionToolResultError {
  error_code: CodeExecutionToolResultErrorCode;

  type: 'code_execution_tool_result_error';
}

/** Code execution result payload: a run, an encrypted run, or an error. */
export type CodeExecutionToolResultBlockContent =
  | CodeExecutionToolResultError
  | CodeExecutionResultBlock
  | EncryptedCodeExecutionResultBlock;

/** The result of a `code_execution` server tool call. */
export interface CodeExecutionToolResultBlock {
  content: CodeExecutionToolResultBlockContent;

  tool_use_id: string;

  type: 'code_execution_tool_result';
}

// ─── bash code execution ─────────────────────────────────────────────────────

/** A file produced by a bash command in the code-execution container. */
export interface BashCodeExecutionOutputBlock {
  file_id: string;

  type: 'bash_code_execution_output';
}

/** A finished bash command in the code-execution container. */
export interface BashCodeExecutionResultBlock {
  content: BashCodeExecutionOutputBlock[];

  return_code: number;

  stderr: string;

  stdout: string;

  type: 'bash_code_execution_result';
}

/** Error codes a bash code execution can fail with. */
export type BashCodeExecutionToolResultErrorCode =
  | 'invalid_tool_input'
  | 'unavailable'
  | 'too_many_requests'
  | 'execution_time_exceeded'
  | 'output_file_too_large';

/** A failed bash code execution. */
export interface BashCodeExecutionToolResultError {
  error_code: BashCodeExecutionToolResultErrorCode;

  type: 'bash_code_execution_tool_result_error';
}

/** The result of a `bash_code_execution` server tool call (code execution 20250825+). */
export interface BashCodeExecutionToolResultBlock {
  content: BashCodeExecutionToolResultError | BashCodeExecutionResultBlock;

  tool_use_id: string;

  type: 'bash_code_execution_tool_result';
}

// ─── text editor code execution ──────────────────────────────────────────────

/** Result of a `view` command of the container's text editor. */
export interface TextEditorCodeExecutionViewResultBlock {
  content: string;

  file_type: 'text' | 'image' | 'pdf';

  num_lines: number | null;

  start_line: number | null;

  total_lines: number | null;

  type: 'text_editor_code_execution_view_result';
}

/** Result of a `create` command of the container's text editor. */
export interface TextEditorCodeExecutionCreateResultBlock {
  /** `true` if an existing file was overwritten. */
  is_file_update: boolean;

  type: 'text_editor_code_execution_create_result';
}

/** Result of a `str_replace` command of the container's text editor. */
export interface TextEditorCodeExecutionStrReplaceResultBlock {
  lines: string[] | null;

  new_lines: number | null;

  new_start: number | null;

  old_lines: number | null;

  old_start: number | null;

  type: 'text_editor_code_execution_str_replace_result';
}

/** Error codes the container's text editor can fail with. */
export type TextEditorCodeExecutionToolResultErrorCode =
  | 'invalid_tool_input'
  | 'unavailable'
  | 'too_many_requests'
  | 'execution_time_exceeded'
  | 'file_not_found';

/** A failed text editor command. */
export interface TextEditorCodeExecutionToolResultError {
  error_code: TextEditorCodeExecutionToolResultErrorCode;

  error_message: string | null;

  type: 'text_editor_code_execution_tool_result_error';
}

/** The result of a `text_editor_code_execution` server tool call (code execution 20250825+). */
export interface TextEditorCodeExecutionToolResultBlock {
  content:
    | TextEditorCodeExecutionToolResultError
    | TextEditorCodeExecutionViewResultBlock
    | TextEditorCodeExecutionCreateResultBlock
    | TextEditorCodeExecutionStrReplaceResultBlock;

  tool_use_id: string;

  type: 'text_editor_code_execution_tool_result';
}

// ─── tool search ─────────────────────────────────────────────────────────────

/** A reference to a deferred tool (`defer_loading: true`) that tool search loaded. */
export interface ToolReferenceBlock {
  tool_name: string;

  type: 'tool_reference';
}

/** Successful tool search: the tools it found. */
export interface ToolSearchToolSearchResultBlock {
  tool_references: ToolReferenceBlock[];

  type: 'tool_search_tool_search_result';
}

/** Error codes tool search can fail with. */
export type ToolSearchToolResultErrorCode =
  | 'invalid_tool_input'
  | 'unavailable'
  | 'too_many_requests'
  | 'execution_time_exceeded';

/** A failed tool search. */
export interface ToolSearchToolResultError {
  error_code: ToolSearchToolResultErrorCode;

  error_message: string | null;

  type: 'tool_search_tool_result_error';
}

/** The result of a `tool_search_tool_regex` / `tool_search_tool_bm25` server tool call. */
export interface ToolSearchToolResultBlock {
  content: ToolSearchToolResultError | ToolSearchToolSearchResultBlock;

  tool_use_id: string;

  type: 'tool_search_tool_result';
}

// ─── container upload ────────────────────────────────────────────────────────

/** A file that was uploaded into the code-execution container. */
export interface ContainerUploadBlock {
  file_id: string;

  type: 'container_upload';
}
