/**
 * Anthropic-defined server tools for `tools[]`: the API runs them and puts
 * `server_tool_use` + result blocks in the response (see tools spec §5).
 */
import type { CitationsConfigParam } from './citations.js';
import type { ToolDefinitionCommon } from './tools.js';

/** Approximate user location used to localise web search results. */
export interface UserLocation {
  type: 'approximate';

  city?: string | null;

  /** Two-letter ISO 3166-1 alpha-2 country code. */
  country?: string | null;

  region?: string | null;

  /** IANA time zone, e.g. `America/New_York`. */
  timezone?: string | null;
}

/** Fields shared by every version of the web search tool. */
interface WebSearchToolFields extends ToolDefinitionCommon {
  name: 'web_search';

  /** Only these domains appear in results. Not together with `blocked_domains`. */
  allowed_domains?: string[] | null;

  /** These domains never appear in results. Not together with `allowed_domains`. */
  blocked_domains?: string[] | null;

  /** Maximum number of searches in this request. */
  max_uses?: number | null;

  user_location?: UserLocation | null;
}

/**
 * Web search tool, 2025-03-05 version; called as `web_search`.
 *
 * @example
 * ```ts
 * const tool: WebSearchTool20250305 = { type: 'web_search_20250305', name: 'web_search', max_uses: 5 };
 * ```
 */
export interface WebSearchTool20250305 extends WebSearchToolFields {
  type: 'web_search_20250305';
}

/** Web search tool, 2026-02-09 version; called as `web_search`. */
export interface WebSearchTool20260209 extends WebSearchToolFields {
  type: 'web_search_20260209';
}

/** Web search tool, 2026-03-18 version; called as `web_search`. */
export interface WebSearchTool20260318 extends WebSearchToolFields {
  type: 'web_search_20260318';

  /**
   * How results consumed by a completed `code_execution` call appear: `full` (default)
   * or `excluded` (the nested tool-use/result pair is dropped).
   */
  response_inclusion?: 'full' | 'excluded';
}

/** Fields shared by every version of the web fetch tool. */
interface WebFetchToolFields extends ToolDefinitionCommon {
  name: 'web_fetch';

  /** Only fetch from these domains. */
  allowed_domains?: string[] | null;

  /** Never fetch from these domains. */
  blocked_domains?: string[] | null;

  /** Citations of fetched documents; off by default. */
  citations?: CitationsConfigParam | null;

  /** Approximate cap on tokens of page text put in context (not applied to PDFs). */
  max_content_tokens?: number | null;

  /** Maximum number of fetches in this request. */
  max_uses?: number | null;
}

/** Fields of the web fetch tool from the 2026-03-09 version on (adds `use_cache`). */
interface WebFetchToolFields20260309 extends WebFetchToolFields {
  /** Set `false` to bypass cached content and fetch fresh. */
  use_cache?: boolean;
}

/** Web fetch tool, 2025-09-10 version; called as `web_fetch` (beta `web-fetch-2025-09-10` per docs). */
export interface WebFetchTool20250910 extends WebFetchToolFields {
  type: 'web_fetch_20250910';
}

/** Web fetch tool, 2026-02-09 version; called as `web_fetch`. */
export interface WebFetchTool20260209 extends WebFetchToolFields {
  type: 'web_fetch_20260209';
}

/** Web fetch tool, 2026-03-09 version (adds `use_cache`); called as `web_fetch`. */
export interface WebFetchTool20260309 extends WebFetchToolFields20260309 {
  type: 'web_fetch_20260309';
}

/** Web fetch tool, 2026-03-18 version; called as `web_fetch`. */
export interface WebFetchTool20260318 extends WebFetchToolFields20260309 {
  type: 'web_fetch_20260318';

  /**
   * How results consumed by a completed `code_execution` call appear: `full` (default)
   * or `excluded`.
   */
  response_inclusion?: 'full' | 'excluded';
}

/** Fields shared by every version of the code execution tool. */
interface CodeExecutionToolFields extends ToolDefinitionCommon {
  name: 'code_execution';
}

/**
 * Code execution tool, 2025-08-25 version (bash + file editing); called as `code_execution`.
 * The response's `Message.container` can be reused with `container: <id>`.
 */
export interface CodeExecutionTool20250825 extends CodeExecutionToolFields {
  type: 'code_execution_20250825';
}

/** Code execution tool, 2026-01-20 version (REPL state persists); called as `code_execution`. */
export interface CodeExecutionTool20260120 extends CodeExecutionToolFields {
  type: 'code_execution_20260120';
}

/** Code execution tool, 2026-05-21 version (REPL state persists); called as `code_execution`. */
export interface CodeExecutionTool20260521 extends CodeExecutionToolFields {
  type: 'code_execution_20260521';
}

/**
 * Regex tool search, 2025-11-19 version; finds tools marked `defer_loading: true`.
 * `type` also accepts the unversioned alias.
 */
export interface ToolSearchToolRegex20251119 extends ToolDefinitionCommon {
  name: 'tool_search_tool_regex';

  type: 'tool_search_tool_regex_20251119' | 'tool_search_tool_regex';
}

/**
 * BM25 tool search, 2025-11-19 version; finds tools marked `defer_loading: true`.
 * `type` also accepts the unversioned alias.
 */
export interface ToolSearchToolBm25_20251119 extends ToolDefinitionCommon {
  name: 'tool_search_tool_bm25';

  type: 'tool_search_tool_bm25_20251119' | 'tool_search_tool_bm25';
}

/** Alias of `ToolSearchToolBm25_20251119` (the official SDK spells it with an underscore). */
export type ToolSearchToolBm2520251119 = ToolSearchToolBm25_20251119;
