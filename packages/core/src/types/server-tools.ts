/**
 * Anthropic-defined server tools for `tools[]`: the API runs them and puts
 * `server_tool_use` + result blocks in the response (see tools spec §5).
 */
import type { CacheControlEphemeral } from './cache-control.js';
import type { CitationsConfigParam } from './citations.js';

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

/**
 * Web search tool, 2025-03-05 version; called as `web_search`.
 *
 * @example
 * ```ts
 * const tool: WebSearchTool20250305 = { type: 'web_search_20250305', name: 'web_search', max_uses: 5 };
 * ```
 */
export interface WebSearchTool20250305 {
  name: 'web_search';

  type: 'web_search_20250305';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  /** Only these domains appear in results. Not together with `blocked_domains`. */
  allowed_domains?: string[] | null;

  /** These domains never appear in results. Not together with `allowed_domains`. */
  blocked_domains?: string[] | null;

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  /** Maximum number of searches in this request. */
  max_uses?: number | null;

  strict?: boolean;

  user_location?: UserLocation | null;
}

/** Web search tool, 2026-02-09 version; called as `web_search`. */
export interface WebSearchTool20260209 {
  name: 'web_search';

  type: 'web_search_20260209';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  /** Only these domains appear in results. Not together with `blocked_domains`. */
  allowed_domains?: string[] | null;

  /** These domains never appear in results. Not together with `allowed_domains`. */
  blocked_domains?: string[] | null;

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  /** Maximum number of searches in this request. */
  max_uses?: number | null;

  strict?: boolean;

  user_location?: UserLocation | null;
}

/** Web search tool, 2026-03-18 version; called as `web_search`. */
export interface WebSearchTool20260318 {
  name: 'web_search';

  type: 'web_search_20260318';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  /** Only these domains appear in results. Not together with `blocked_domains`. */
  allowed_domains?: string[] | null;

  /** These domains never appear in results. Not together with `allowed_domains`. */
  blocked_domains?: string[] | null;

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  /** Maximum number of searches in this request. */
  max_uses?: number | null;

  /**
   * How results consumed by a completed `code_execution` call appear: `full` (default)
   * or `excluded` (the nested tool-use/result pair is dropped).
   */
  response_inclusion?: 'full' | 'excluded';

  strict?: boolean;

  user_location?: UserLocation | null;
}

/** Web fetch tool, 2025-09-10 version; called as `web_fetch` (beta `web-fetch-2025-09-10` per docs). */
export interface WebFetchTool20250910 {
  name: 'web_fetch';

  type: 'web_fetch_20250910';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  /** Only fetch from these domains. */
  allowed_domains?: string[] | null;

  /** Never fetch from these domains. */
  blocked_domains?: string[] | null;

  cache_control?: CacheControlEphemeral | null;

  /** Citations of fetched documents; off by default. */
  citations?: CitationsConfigParam | null;

  defer_loading?: boolean;

  /** Approximate cap on tokens of page text put in context (not applied to PDFs). */
  max_content_tokens?: number | null;

  /** Maximum number of fetches in this request. */
  max_uses?: number | null;

  strict?: boolean;
}

/** Web fetch tool, 2026-02-09 version; called as `web_fetch`. */
export interface WebFetchTool20260209 {
  name: 'web_fetch';

  type: 'web_fetch_20260209';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  allowed_domains?: string[] | null;

  blocked_domains?: string[] | null;

  cache_control?: CacheControlEphemeral | null;

  /** Citations of fetched documents; off by default. */
  citations?: CitationsConfigParam | null;

  defer_loading?: boolean;

  /** Approximate cap on tokens of page text put in context (not applied to PDFs). */
  max_content_tokens?: number | null;

  /** Maximum number of fetches in this request. */
  max_uses?: number | null;

  strict?: boolean;
}

/** Web fetch tool, 2026-03-09 version (adds `use_cache`); called as `web_fetch`. */
export interface WebFetchTool20260309 {
  name: 'web_fetch';

  type: 'web_fetch_20260309';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  allowed_domains?: string[] | null;

  blocked_domains?: string[] | null;

  cache_control?: CacheControlEphemeral | null;

  /** Citations of fetched documents; off by default. */
  citations?: CitationsConfigParam | null;

  defer_loading?: boolean;

  /** Approximate cap on tokens of page text put in context (not applied to PDFs). */
  max_content_tokens?: number | null;

  /** Maximum number of fetches in this request. */
  max_uses?: number | null;

  strict?: boolean;

  /** Set `false` to bypass cached content and fetch fresh. */
  use_cache?: boolean;
}

/** Web fetch tool, 2026-03-18 version; called as `web_fetch`. */
export interface WebFetchTool20260318 {
  name: 'web_fetch';

  type: 'web_fetch_20260318';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  allowed_domains?: string[] | null;

  blocked_domains?: string[] | null;

  cache_control?: CacheControlEphemeral | null;

  /** Citations of fetched documents; off by default. */
  citations?: CitationsConfigParam | null;

  defer_loading?: boolean;

  /** Approximate cap on tokens of page text put in context (not applied to PDFs). */
  max_content_tokens?: number | null;

  /** Maximum number of fetches in this request. */
  max_uses?: number | null;

  /**
   * How results consumed by a completed `code_execution` call appear: `full` (default)
   * or `excluded`.
   */
  response_inclusion?: 'full' | 'excluded';

  strict?: boolean;

  /** Set `false` to bypass cached content and fetch fresh. */
  use_cache?: boolean;
}

/**
 * Code execution tool, 2025-08-25 version (bash + file editing); called as `code_execution`.
 * The response's `Message.container` can be reused with `container: <id>`.
 */
export interface CodeExecutionTool20250825 {
  name: 'code_execution';

  type: 'code_execution_20250825';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  strict?: boolean;
}

/** Code execution tool, 2026-01-20 version (REPL state persists); called as `code_execution`. */
export interface CodeExecutionTool20260120 {
  name: 'code_execution';

  type: 'code_execution_20260120';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  strict?: boolean;
}

/** Code execution tool, 2026-05-21 version (REPL state persists); called as `code_execution`. */
export interface CodeExecutionTool20260521 {
  name: 'code_execution';

  type: 'code_execution_20260521';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  strict?: boolean;
}

/**
 * Regex tool search, 2025-11-19 version; finds tools marked `defer_loading: true`.
 * `type` also accepts the unversioned alias.
 */
export interface ToolSearchToolRegex20251119 {
  name: 'tool_search_tool_regex';

  type: 'tool_search_tool_regex_20251119' | 'tool_search_tool_regex';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  strict?: boolean;
}

/**
 * BM25 tool search, 2025-11-19 version; finds tools marked `defer_loading: true`.
 * `type` also accepts the unversioned alias.
 */
export interface ToolSearchToolBm25_20251119 {
  name: 'tool_search_tool_bm25';

  type: 'tool_search_tool_bm25_20251119' | 'tool_search_tool_bm25';

  allowed_callers?: ('direct' | 'code_execution_20250825' | 'code_execution_20260120' | 'code_execution_20260521')[];

  cache_control?: CacheControlEphemeral | null;

  defer_loading?: boolean;

  strict?: boolean;
}

/** Alias of `ToolSearchToolBm25_20251119` (the official SDK spells it with an underscore). */
export type ToolSearchToolBm2520251119 = ToolSearchToolBm25_20251119;
