import type { FinalRequestOptions, HeadersInit } from '../client/options.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { Backend } from './backend.js';
import type { Middleware } from './middleware.js';

/**
 * How a first-party client authenticates an attempt: the `Authorization` value, resolved per
 * attempt (a static key, an `apiKey` function, or a cached token).
 *
 * @example
 * const auth: Authenticator = { authorization: () => `Bearer ${key}` };
 */
export interface Authenticator {
  /** The `Authorization` header value for one attempt; may wait (a key function, a token refresh). */
  authorization(signal: AbortSignal): string | Promise<string>;
  /** A beta the credential needs on every request (`oauth-2025-04-20` for OAuth tokens). */
  readonly beta?: string | undefined;
  /**
   * The server rejected `authorization` with a 401: drop it, so the next attempt gets a fresh one.
   * True when that may help (a token from a provider), false when the next attempt would send the same.
   */
  rejected?(authorization: string): boolean;
}

/**
 * Everything the transport needs from a client, resolved once at construction: the client holds it
 * and hands it to every request. Plain data and functions, so the transport never calls back into
 * the client class.
 */
export interface TransportConfig {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly maxRetryDelay: number;
  readonly idleTimeout: number;
  /** `ANTHROPIC_CUSTOM_HEADERS` under `defaultHeaders`, merged once. */
  readonly defaultHeaders: HeadersInit;
  readonly defaultQuery: Record<string, unknown> | undefined;
  readonly fetch: typeof fetch | undefined;
  readonly fetchOptions: RequestInit | undefined;
  readonly middleware: readonly Middleware[];
  /** Already filtered by level: lines below `logLevel` are dropped. */
  readonly logger: Logger;
  readonly logLevel: LogLevel;
  /** The per-attempt log lines, loaded only when `logLevel` is `info` or `debug`. */
  readonly attemptLog: Promise<typeof import('./attempt-log.js')> | undefined;
  readonly userAgent: string;
  /** `dangerouslyAllowBrowser` was set: the API's CORS opt-in header goes out. */
  readonly browser: boolean;
  /** First-party credentials; `undefined` when there are none (or a backend authenticates). */
  readonly auth: Authenticator | undefined;
  /** Set by cloud clients: rewrites, signs and sends each attempt. First party when absent. */
  readonly backend: Backend | undefined;
}

/** What a middleware (and a backend) knows about the attempt it sees. */
export interface MiddlewareContext {
  /** The request as the resource described it (path, body, options). */
  readonly options: FinalRequestOptions;
  /** 0 on the first attempt, n on the n-th retry. */
  readonly retryCount: number;
  /** The retry budget of this request. */
  readonly maxRetries: number;
}
