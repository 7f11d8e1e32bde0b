import type { AccessTokenProvider } from '../auth/access-token.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { Middleware } from '../transport/middleware.js';

/** Header values: `null` removes a header set by a lower layer (and counts as "explicitly omitted" for auth). */
export type HeadersInit = Record<string, string | null | undefined>;

/**
 * Options of {@link Anthropic}. Every field is optional; the credential and base URL default to the
 * environment (`ANTHROPIC_API_KEY`, else `ANTHROPIC_AUTH_TOKEN`; `ANTHROPIC_BASE_URL`).
 *
 * At most one of `apiKey`, `authToken` and `credentials` may be given; given one, no credential
 * environment variable is read.
 *
 * @example
 * const client = new Anthropic({ apiKey: 'sk-ant-…', maxRetries: 4, timeout: 30_000 });
 */
export interface ClientOptions {
  /**
   * Sent as `Authorization: Bearer <key>`. A function is called before every attempt (e.g. to read a
   * rotated key from a secret store); it must return a non-empty string. Default: env
   * `ANTHROPIC_API_KEY`. `null` means none, and skips the env.
   *
   * @example
   * new Anthropic({ apiKey: async () => await secrets.get('anthropic-key') });
   */
  apiKey?: string | (() => string | Promise<string>) | null | undefined;
  /**
   * Sent as `Authorization: Bearer <token>`. Default: env `ANTHROPIC_AUTH_TOKEN` (when
   * `ANTHROPIC_API_KEY` is unset). `null` means none, and skips the env.
   *
   * @example
   * new Anthropic({ authToken: process.env.MY_GATEWAY_TOKEN });
   */
  authToken?: string | null | undefined;
  /**
   * A source of short-lived OAuth tokens, with the official SDK 1.x's shape so providers carry over:
   * tokens are cached until shortly before `expiresAt` (epoch seconds; `null` = never expires) and
   * fetched again with `forceRefresh: true` after a 401. Sent as `Authorization: Bearer`, with the
   * `oauth-2025-04-20` beta.
   *
   * @example
   * new Anthropic({ credentials: async ({ forceRefresh }) => ({ token: await mint(forceRefresh), expiresAt: Date.now() / 1000 + 3600 }) });
   */
  credentials?: AccessTokenProvider | null | undefined;
  /**
   * Default: env `ANTHROPIC_BASE_URL`, else `https://api.anthropic.com`. May carry a path prefix.
   *
   * @example
   * new Anthropic({ baseURL: 'https://gateway.example.com/anthropic' });
   */
  baseURL?: string | null | undefined;
  /**
   * Milliseconds one attempt may take: to the response headers of a stream, to the end of the body
   * otherwise. Default 600 000 (10 minutes).
   *
   * @example
   * new Anthropic({ timeout: 30_000 });
   */
  timeout?: number | undefined;
  /**
   * Retries after a retryable failure (408, 409, 429, ≥500, connection errors). Default 2; 0 disables.
   *
   * @example
   * new Anthropic({ maxRetries: 5 });
   */
  maxRetries?: number | undefined;
  /**
   * Longest server-requested wait (`retry-after-ms` / `retry-after`) we sleep before retrying, in ms.
   * A longer request is not slept: the error is thrown at once with `retryAfterMs` set. Default 60 000.
   *
   * @example
   * new Anthropic({ maxRetryDelay: 5_000 }); // fail fast instead of waiting out long rate limits
   */
  maxRetryDelay?: number | undefined;
  /**
   * Milliseconds without a byte on a body being read (JSON, SSE, JSON Lines, eventstream) before it
   * fails with `StreamIdleTimeoutError`. Default: the `timeout`.
   *
   * @example
   * new Anthropic({ idleTimeout: 60_000 });
   */
  idleTimeout?: number | undefined;
  /**
   * Headers added to every request; `null` removes one the SDK would send.
   *
   * @example
   * new Anthropic({ defaultHeaders: { 'anthropic-beta': 'files-api-2025-04-14' } });
   */
  defaultHeaders?: HeadersInit | undefined;
  /**
   * Query parameters added to every request.
   *
   * @example
   * new Anthropic({ defaultQuery: { tenant: 'acme' } });
   */
  defaultQuery?: Record<string, string | undefined> | undefined;
  /**
   * A `fetch` to use instead of the global one (proxies, undici dispatchers, tests).
   *
   * @example
   * new Anthropic({ fetch: (input, init) => undiciFetch(input, { ...init, dispatcher }) });
   */
  fetch?: typeof fetch | undefined;
  /**
   * Extra `RequestInit` merged into every fetch call (e.g. `{ dispatcher }` on Node).
   *
   * @example
   * new Anthropic({ fetchOptions: { dispatcher: new Agent({ keepAliveTimeout: 10_000 }) } });
   */
  fetchOptions?: RequestInit | undefined;
  /**
   * Client middleware: sees every HTTP attempt (retries included) as the first-party request.
   *
   * @example
   * new Anthropic({ middleware: [async (request, next) => next(request)] });
   */
  middleware?: Middleware[] | undefined;
  /**
   * Where log lines go. Default `console`.
   *
   * @example
   * new Anthropic({ logger: pino() });
   */
  logger?: Logger | undefined;
  /**
   * Default: env `ANTHROPIC_LOG`, else `'warn'`.
   *
   * @example
   * new Anthropic({ logLevel: 'debug' });
   */
  logLevel?: LogLevel | undefined;
  /**
   * Allow use in a browser, where the key is visible to anyone who opens the page. Also sends
   * `anthropic-dangerous-direct-browser-access: true`, which the API requires for CORS.
   *
   * @example
   * new Anthropic({ apiKey: userSuppliedKey, dangerouslyAllowBrowser: true });
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
  /** Milliseconds one attempt may take (an integer ≥ 0): see {@link ClientOptions.timeout}. */
  timeout?: number | undefined;
  /** Retry budget for this request. */
  maxRetries?: number | undefined;
  /** Aborts the request at any point (also while waiting between retries, and while streaming). */
  signal?: AbortSignal | undefined;
  /** Middleware for this request; runs inside the client's middleware. */
  middleware?: Middleware[] | undefined;
  /** Extra `RequestInit` merged into this fetch call. */
  fetchOptions?: RequestInit | undefined;
  /** Milliseconds without a byte on a body being read; default the client's `idleTimeout`. */
  idleTimeout?: number | undefined;
}

/** HTTP methods the API uses. */
export type HTTPMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A fully described request: what resources hand to {@link Anthropic.request}. */
export interface FinalRequestOptions extends RequestOptions {
  /** The HTTP method, lowercase. */
  method: HTTPMethod;
  /** `/v1/...`, optionally with a query; or an absolute URL (batch `results_url`), used as is. */
  path: string;
  /** A JSON value (sent as JSON), or a `FormData`/`Blob`/`Uint8Array`/`string` sent as is. */
  body?: unknown;
  /** Beta names for `anthropic-beta`, merged with the client's and deduplicated. */
  betas?: readonly string[] | undefined;
  /**
   * True when the response body is a stream read after the request resolves (SSE, JSON Lines): the
   * attempt's timeout ends with the response headers, and the body is bounded by `idleTimeout`.
   */
  stream?: boolean | undefined;
}
