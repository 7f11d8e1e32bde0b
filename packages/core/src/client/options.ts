import type { Logger, LogLevel } from '../logging/logger.js';
import type { Middleware } from '../transport/middleware.js';

/** Header values: `null` removes a header set by a lower layer (and counts as "explicitly omitted" for auth). */
export type HeadersInit = Record<string, string | null | undefined>;

/**
 * Options of {@link Anthropic}. Every field is optional; credentials and base URL default to the
 * environment (`ANTHROPIC_API_KEY`, `ANTHROPIC_AUTH_TOKEN`, `ANTHROPIC_BASE_URL`).
 *
 * @example
 * const client = new Anthropic({ apiKey: 'sk-ant-…', maxRetries: 4, timeout: 30_000 });
 */
export interface ClientOptions {
  /** Sent as `x-api-key`. Default: env `ANTHROPIC_API_KEY`. `null` means none, and skips the env. */
  apiKey?: string | null | undefined;
  /** Sent as `Authorization: Bearer <token>`. Default: env `ANTHROPIC_AUTH_TOKEN`. `null` means none. */
  authToken?: string | null | undefined;
  /** Default: env `ANTHROPIC_BASE_URL`, else `https://api.anthropic.com`. May carry a path prefix. */
  baseURL?: string | null | undefined;
  /** Milliseconds to wait for response headers, per attempt. Default 600 000 (10 minutes). */
  timeout?: number | undefined;
  /** Retries after a retryable failure (408, 409, 429, ≥500, connection errors). Default 2; 0 disables. */
  maxRetries?: number | undefined;
  /**
   * Longest server-requested wait (`retry-after-ms` / `retry-after`) we sleep before retrying, in ms.
   * A longer request is not slept: the error is thrown at once with `retryAfterMs` set. Default 60 000.
   */
  maxRetryDelay?: number | undefined;
  /**
   * Milliseconds without a byte on an open stream before it fails with `StreamIdleTimeoutError`.
   * Default: the `timeout`.
   */
  idleTimeout?: number | undefined;
  /** Headers added to every request; `null` removes one the SDK would send. */
  defaultHeaders?: HeadersInit | undefined;
  /** Query parameters added to every request. */
  defaultQuery?: Record<string, string | undefined> | undefined;
  /** A `fetch` to use instead of the global one (proxies, undici dispatchers, tests). */
  fetch?: typeof fetch | undefined;
  /** Extra `RequestInit` merged into every fetch call (e.g. `{ dispatcher }` on Node). */
  fetchOptions?: RequestInit | undefined;
  /** Client middleware: sees every HTTP attempt (retries included) as the first-party request. */
  middleware?: Middleware[] | undefined;
  /** Where log lines go. Default `console`. */
  logger?: Logger | undefined;
  /** Default: env `ANTHROPIC_LOG`, else `'warn'`. */
  logLevel?: LogLevel | undefined;
  /**
   * Allow use in a browser, where the key is visible to anyone who opens the page. Also sends
   * `anthropic-dangerous-direct-browser-access: true`, which the API requires for CORS.
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/**
 * Per-call options, the last argument of every resource method.
 *
 * @example
 * await messages.create(params, { timeout: 5_000, signal: controller.signal, headers: { 'x-trace': id } });
 */
export interface RequestOptions {
  /** Headers for this request only; they win over every other layer. `null` removes a header. */
  headers?: HeadersInit | undefined;
  /** Query parameters for this request (arrays as `key[]=a&key[]=b`, objects as `key[sub]=v`). */
  query?: Record<string, unknown> | undefined;
  /** Milliseconds to wait for response headers, per attempt (an integer ≥ 0). */
  timeout?: number | undefined;
  /** Retry budget for this request. */
  maxRetries?: number | undefined;
  /** Aborts the request at any point (also while waiting between retries, and while streaming). */
  signal?: AbortSignal | undefined;
  /** Middleware for this request; runs inside the client's middleware. */
  middleware?: Middleware[] | undefined;
  /** Extra `RequestInit` merged into this fetch call. */
  fetchOptions?: RequestInit | undefined;
  /** Milliseconds without a byte on an open stream before it fails; default the client's `idleTimeout`. */
  idleTimeout?: number | undefined;
}

/** HTTP methods the API uses. */
export type HTTPMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A fully described request: what resources hand to {@link Anthropic.request}. */
export interface FinalRequestOptions extends RequestOptions {
  method: HTTPMethod;
  /** `/v1/...`, optionally with a query; or an absolute URL (batch `results_url`), used as is. */
  path: string;
  /** A JSON value (sent as JSON), or a `FormData`/`Blob`/`Uint8Array`/`string` sent as is. */
  body?: unknown;
  /** Beta names for `anthropic-beta`, merged with the client's and deduplicated. */
  betas?: readonly string[] | undefined;
  /** True when the body asks for an SSE stream: the response is left unread for the stream reader. */
  stream?: boolean | undefined;
}
