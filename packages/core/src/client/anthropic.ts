import { AnthropicError } from '../errors/anthropic-error.js';
import { isLogLevel, levelledLogger, type Logger, type LogLevel } from '../logging/logger.js';
import { APIPromise } from '../transport/api-promise.js';
import type { Middleware, MiddlewareContext } from '../transport/middleware.js';
import { parseJSONResponse } from '../transport/parse-json-response.js';
import type { ResponseParser } from '../transport/response-props.js';
import { sendRequest } from '../transport/send-request.js';
import { Page, PagePromise } from '../pagination/page.js';
import { assertBrowserAllowed } from './browser-guard.js';
import { mergeHeaders, unionBetas, type MergedHeaders } from './build-headers.js';
import { buildURL } from './build-url.js';
import { parseCustomHeaders } from './custom-headers.js';
import type { ClientOptions, FinalRequestOptions, HeadersInit, HTTPMethod, RequestOptions } from './options.js';
import { readEnv } from './read-env.js';
import { assertNonNegativeInteger, assertValidBaseURL } from './validate-options.js';
import { VERSION } from './version.js';

const DEFAULT_BASE_URL = 'https://api.anthropic.com';

/** Options of the shorthand verbs (`client.get(path, options)`). */
export type VerbOptions = RequestOptions & {
  body?: unknown;
  query?: Record<string, unknown> | undefined;
  betas?: readonly string[] | undefined;
};

/**
 * The client: configuration plus the transport every resource calls through. Resources are separate
 * (`new Messages(client)`), so a bundle carries only what it uses.
 *
 * @example
 * const client = new Anthropic();                 // ANTHROPIC_API_KEY from the environment
 * const messages = new Messages(client);
 */
export class Anthropic {
  /** Base URL every relative path is joined to. */
  readonly baseURL: string;
  /** Default retry budget. */
  readonly maxRetries: number;
  /** Default per-attempt timeout to response headers, in ms. */
  readonly timeout: number;
  /** Longest server-requested retry wait we sleep, in ms. */
  readonly maxRetryDelay: number;
  /** Default idle limit for open streams, in ms. */
  readonly idleTimeout: number;
  /** Sent as `x-api-key`, or `null`. */
  apiKey: string | null;
  /** Sent as `Authorization: Bearer`, or `null`. */
  authToken: string | null;
  /** Level-filtered logger (lines below `logLevel` are dropped). */
  readonly logger: Logger;
  /** The effective log level. */
  readonly logLevel: LogLevel;
  /** Client middleware, outermost first. */
  readonly middleware: readonly Middleware[];
  /** The options this client was built from (for {@link withOptions}). */
  readonly options: Readonly<ClientOptions>;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly defaultHeaderLayer: HeadersInit;

  constructor(options: ClientOptions = {}) {
    assertBrowserAllowed(options.dangerouslyAllowBrowser);
    for (const name of ['timeout', 'maxRetries', 'maxRetryDelay', 'idleTimeout'] as const)
      assertNonNegativeInteger(name, options[name]);
    this.options = options;
    this.apiKey = options.apiKey === undefined ? (readEnv('ANTHROPIC_API_KEY') ?? null) : options.apiKey;
    this.authToken = options.authToken === undefined ? (readEnv('ANTHROPIC_AUTH_TOKEN') ?? null) : options.authToken;
    this.baseURL = options.baseURL || readEnv('ANTHROPIC_BASE_URL') || DEFAULT_BASE_URL;
    assertValidBaseURL(this.baseURL, options.baseURL ? 'baseURL' : 'ANTHROPIC_BASE_URL');
    this.timeout = options.timeout ?? 600_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.maxRetryDelay = options.maxRetryDelay ?? 60_000;
    this.idleTimeout = options.idleTimeout ?? this.timeout;
    this.middleware = options.middleware ?? [];
    this.fetchImpl = options.fetch;
    // ANTHROPIC_CUSTOM_HEADERS sits under the explicit defaultHeaders (explicit wins).
    this.defaultHeaderLayer = { ...parseCustomHeaders(readEnv('ANTHROPIC_CUSTOM_HEADERS')), ...options.defaultHeaders };

    const sink = options.logger ?? console;
    // option > ANTHROPIC_LOG > 'warn'; an invalid value is reported and ignored, so the next source decides.
    let level: LogLevel = 'warn';
    for (const [source, read] of [
      ['logLevel option', () => options.logLevel],
      ['ANTHROPIC_LOG', () => readEnv('ANTHROPIC_LOG')],
    ] as const) {
      const value: unknown = read();
      if (isLogLevel(value)) {
        level = value;
        break;
      }
      if (value !== undefined)
        sink.warn(`${source} ${JSON.stringify(value)} is not one of off, error, warn, info, debug; ignored`);
    }
    this.logLevel = level;
    this.logger = levelledLogger(sink, level);
  }

  /**
   * A new client of the same class with `options` laid over this one's.
   *
   * @example
   * const patient = client.withOptions({ maxRetries: 5 });
   */
  withOptions(options: Partial<ClientOptions>): this {
    const Constructor = this.constructor as new (options: ClientOptions) => this;
    return new Constructor({ ...this.options, apiKey: this.apiKey, authToken: this.authToken, ...options });
  }

  /**
   * Sends a request through the transport: headers, auth, middleware, retries, timeouts. Every
   * resource calls through here. `parse` turns the 2xx response into the result (default: JSON).
   */
  request<T>(options: FinalRequestOptions, parse?: ResponseParser<T>): APIPromise<T> {
    return new APIPromise<T>(sendRequest(this, options), parse ?? parseJSONResponse<T>);
  }

  /** `GET path`. */
  get<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.verb('get', path, options);
  }
  /** `POST path` with a JSON (or multipart) body. */
  post<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.verb('post', path, options);
  }
  /** `PUT path`. */
  put<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.verb('put', path, options);
  }
  /** `PATCH path`. */
  patch<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.verb('patch', path, options);
  }
  /** `DELETE path`. */
  delete<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.verb('delete', path, options);
  }

  /**
   * `GET` a paginated list. Await it for the first page, or `for await` over it for every item of
   * every page (`before_id`/`after_id` pages).
   */
  getAPIList<Item>(path: string, options?: VerbOptions): PagePromise<Item> {
    return new PagePromise<Item, Page<Item>>(this, { method: 'get', path, ...options }, Page);
  }

  private verb<T>(method: HTTPMethod, path: string, options?: VerbOptions): APIPromise<T> {
    return this.request<T>({ method, path, ...options });
  }

  /**
   * Builds one attempt's `Request`: URL and query, body, and headers merged in the documented order
   * (SDK defaults < auth < `defaultHeaders` < body headers < per-request headers; `null` removes).
   * Throws before any network call when no credential is configured.
   *
   * @internal Called by the transport once per attempt.
   */
  buildRequest(
    options: FinalRequestOptions,
    attempt: { retryCount: number; timeout: number; signal: AbortSignal },
  ): Request {
    const url = buildURL(this.baseURL, options.path, this.options.defaultQuery, options.query);
    const { body, contentType } = encodeBody(options.body);
    const merged = mergeHeaders([
      {
        accept: 'application/json',
        'user-agent': this.userAgent(),
        'x-stainless-retry-count': String(attempt.retryCount),
        'x-stainless-timeout': String(Math.trunc(attempt.timeout / 1000)),
        // Of the official SDK's platform telemetry we keep only these constants: the server ignores
        // them, and detecting OS/arch/runtime would cost every bundle ~1 KB.
        'x-stainless-lang': 'js',
        'x-stainless-package-version': VERSION,
        ...(this.options.dangerouslyAllowBrowser ? { 'anthropic-dangerous-direct-browser-access': 'true' } : undefined),
        'anthropic-version': '2023-06-01',
      },
      this.authHeaders(),
      this.defaultHeaderLayer,
      contentType ? { 'content-type': contentType } : undefined,
      options.headers,
    ]);
    this.applyBetas(merged, options);
    this.validateHeaders(merged);
    const fetchOptions = { ...this.options.fetchOptions, ...options.fetchOptions };
    return new Request(url, {
      ...fetchOptions,
      method: options.method.toUpperCase(),
      headers: merged.headers,
      body,
      signal: attempt.signal,
    });
  }

  /**
   * The innermost step of every attempt, after all middleware: sends `request` with `fetch`. Cloud
   * clients override it to rewrite the first-party request for their backend and sign it, so
   * middleware sees the same request on every backend.
   *
   * @internal
   */
  sendRequest(request: Request, context: MiddlewareContext): Promise<Response> {
    const fetchImpl = this.fetchImpl ?? globalThis.fetch;
    // Per-request fetchOptions win over the client's here too: passing only the client's would
    // re-apply them over the Request (e.g. its `redirect`) and drop a per-request `dispatcher`.
    const merged: RequestInit = { ...this.options.fetchOptions, ...context.options.fetchOptions };
    const { headers: _headers, body: _body, method: _method, signal: _signal, ...extra } = merged;
    // Non-standard init fields (e.g. undici's `dispatcher`) only reach fetch through its init argument.
    return Object.keys(extra).length ? fetchImpl(request, extra) : fetchImpl(request);
  }

  /**
   * Whether this client reaches the first-party API, the only one that serves server-side message
   * threads (the tool runner's `thread: true`). A client that overrides {@link sendRequest} sends
   * to another backend (Bedrock, Vertex and Foundry rewrite every request there), so it does not.
   *
   * @example
   * new Anthropic().supportsMessageThreads;              // true
   * new AnthropicBedrock({ awsRegion }).supportsMessageThreads; // false
   */
  get supportsMessageThreads(): boolean {
    return this.sendRequest === Anthropic.prototype.sendRequest;
  }

  /** `User-Agent` value; cloud clients name themselves. */
  protected userAgent(): string {
    return `Anthropic/JS ${VERSION}`;
  }

  /** First-party credential headers; cloud clients authenticate in {@link sendRequest} instead. */
  protected authHeaders(): HeadersInit {
    return {
      'x-api-key': this.apiKey ?? undefined,
      authorization: this.authToken ? `Bearer ${this.authToken}` : undefined,
    };
  }

  /** Refuses to send a request with no credential, unless a header was removed on purpose with `null`. */
  protected validateHeaders({ headers, removed }: MergedHeaders): void {
    if (['x-api-key', 'authorization'].some((name) => headers.get(name) || removed.has(name))) return;
    throw new AnthropicError(
      'Could not resolve authentication method: set apiKey or authToken (or ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN), or omit the "X-Api-Key" or "Authorization" header on purpose with null.',
    );
  }

  /**
   * `anthropic-beta` is the deduplicated union of the client default, the caller's `betas` and a
   * per-request header, so a method's required beta never drops the caller's or the client's.
   */
  private applyBetas({ headers, removed }: MergedHeaders, options: FinalRequestOptions): void {
    const requestHeader = findHeader(options.headers, 'anthropic-beta');
    if (requestHeader === null) return; // explicitly removed for this request
    if (!options.betas?.length) return; // nothing to merge: the layered value already stands
    const value = unionBetas([findHeader(this.defaultHeaderLayer, 'anthropic-beta'), requestHeader, options.betas]);
    if (value) {
      headers.set('anthropic-beta', value);
      removed.delete('anthropic-beta');
    }
  }
}

function findHeader(layer: HeadersInit | undefined, name: string): string | null | undefined {
  if (!layer) return undefined;
  let found: string | null | undefined;
  for (const key in layer) if (key.toLowerCase() === name) found = layer[key];
  return found;
}

/** JSON-encodes plain values; hands runtime body types (FormData, Blob, bytes, strings) to fetch as is. */
function encodeBody(body: unknown): { body?: BodyInit; contentType?: string } {
  if (body === undefined) return {};
  // The runtime sets content-type (with the multipart boundary) itself; never by hand.
  if (
    typeof body === 'string' ||
    ArrayBuffer.isView(body) ||
    [FormData, Blob, URLSearchParams, ArrayBuffer].some((type) => body instanceof type)
  )
    return { body: body as BodyInit };
  if (body && typeof body === 'object' && (Symbol.asyncIterator in body || 'getReader' in body)) {
    // A stream can be read once, but every retry resends the body: make it a File first.
    throw new AnthropicError(
      'A request body cannot be a stream or async iterable (it could not be resent on retry); wrap it with toFile() first.',
    );
  }
  return { body: JSON.stringify(body), contentType: 'application/json' };
}
