import type { Backend } from '../transport/backend.js';
import { isLogLevel, levelledLogger, type Logger, type LogLevel } from '../logging/logger.js';
import { APIPromise } from '../transport/api-promise.js';
import { parseJSONResponse } from '../transport/parse-json-response.js';
import type { ResponseParser } from '../transport/response-props.js';
import type { Consumer, Exchange } from '../transport/send-attempt.js';
import { sendWithRetries } from '../transport/send-with-retries.js';
import type { TransportConfig } from '../transport/transport-config.js';
import { assertBrowserAllowed } from './browser-guard.js';
import { parseCustomHeaders } from './custom-headers.js';
import { createAuthenticator } from './first-party-auth.js';
import type { ClientOptions, FinalRequestOptions, HTTPMethod, RequestOptions } from './options.js';
import { readEnv } from './read-env.js';
import { movedResource } from './moved-resource.js';
import { credentialAsOption, resolveCredential, type Credential } from './resolve-credential.js';
import { assertNonNegativeInteger, assertValidBaseURL } from './validate-options.js';
import { VERSION } from './version.js';

const DEFAULT_BASE_URL = 'https://api.anthropic.com';
const FIRST_PARTY_CREDENTIALS = ['apiKey', 'authToken', 'credentials'] as const;

/** Options of the shorthand verbs (`client.get(path, options)`). */
export type VerbOptions = RequestOptions & {
  /** A JSON value (sent as JSON), or a `FormData`/`Blob`/`Uint8Array`/`string` sent as is. */
  body?: unknown;
  /** Query parameters, added to the client's `defaultQuery`. */
  query?: Record<string, unknown> | undefined;
  /** Beta names for `anthropic-beta`, merged with the client's and deduplicated. */
  betas?: readonly string[] | undefined;
};

/**
 * How a cloud client sets up the core client it is: its backend, and the options core resolves for
 * it. With a backend, core reads no first-party credential (option or environment): the backend
 * authenticates.
 *
 * @example
 * super(options, { backend, baseURL: 'https://bedrock-runtime.us-east-1.amazonaws.com', credentialOptions: ['apiKey', 'awsAccessKey'] });
 */
export interface CloudSetup {
  backend: Backend;
  /** The resolved base URL (from a region, a resource, …). */
  baseURL: string;
  /** The client's own credential options, for `withOptions`: giving one drops the others. */
  credentialOptions: readonly string[];
  /** Browsers are allowed without `dangerouslyAllowBrowser` (a user's own token, not an app key). */
  allowBrowser?: boolean | undefined;
  /** Reported by `toJSON()` / `util.inspect` instead of a credential: `'SigV4'`, `'accessToken'`, … */
  authDescription: string;
}

/**
 * The client: configuration, and the one door to the transport ({@link Anthropic.request}).
 * Resources are separate (`new Messages(client)`), so a bundle carries only what it uses. Cloud
 * clients are core clients with a backend.
 *
 * @example
 * const client = new Anthropic();                 // ANTHROPIC_API_KEY from the environment
 * const messages = new Messages(client);
 */
// Public fields are `declare`d and assigned in the constructor: no field-definition code is emitted for them.
export class Anthropic<Options extends ClientOptions = ClientOptions> {
  /** Base URL every relative path is joined to. */
  declare readonly baseURL: string;
  /** Default retry budget. */
  declare readonly maxRetries: number;
  /** Default time one attempt may take, in ms. */
  declare readonly timeout: number;
  /** Longest server-requested retry wait we sleep, in ms. */
  declare readonly maxRetryDelay: number;
  /** Default idle limit for bodies being read, in ms. */
  declare readonly idleTimeout: number;
  /** Level-filtered logger (lines below `logLevel` are dropped). */
  declare readonly logger: Logger;
  /** The effective log level. */
  declare readonly logLevel: LogLevel;
  // Private: the options and credentials never show in JSON.stringify or util.inspect.
  readonly #options: Options;
  readonly #credential: Credential | undefined;
  readonly #cloud: CloudSetup | undefined;
  readonly #transport: TransportConfig;

  // `ClientOptions`, not `Options`: the type argument is never inferred from a literal, so a client built
  // with `{ apiKey }` still takes `withOptions({ timeout })`. Cloud clients name theirs in `extends`.
  constructor(options: ClientOptions = {}, cloud?: CloudSetup) {
    assertBrowserAllowed(options.dangerouslyAllowBrowser ?? cloud?.allowBrowser);
    for (const name of ['timeout', 'maxRetries', 'maxRetryDelay', 'idleTimeout'] as const)
      assertNonNegativeInteger(name, options[name]);
    this.#options = options as Options;
    this.#cloud = cloud;
    this.baseURL = cloud?.baseURL ?? (options.baseURL || readEnv('ANTHROPIC_BASE_URL') || DEFAULT_BASE_URL);
    assertValidBaseURL(this.baseURL, options.baseURL ? 'baseURL' : 'ANTHROPIC_BASE_URL');
    this.timeout = options.timeout ?? 600_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.maxRetryDelay = options.maxRetryDelay ?? 60_000;
    this.idleTimeout = options.idleTimeout ?? this.timeout;
    const sink = options.logger ?? console;
    this.logLevel = resolveLogLevel(options.logLevel, sink);
    this.logger = levelledLogger(sink, this.logLevel);
    this.#credential = cloud ? undefined : resolveCredential(options, this.logger);
    this.#transport = {
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      maxRetryDelay: this.maxRetryDelay,
      idleTimeout: this.idleTimeout,
      // ANTHROPIC_CUSTOM_HEADERS sits under the explicit defaultHeaders (explicit wins).
      defaultHeaders: { ...parseCustomHeaders(readEnv('ANTHROPIC_CUSTOM_HEADERS')), ...options.defaultHeaders },
      defaultQuery: options.defaultQuery,
      fetch: options.fetch,
      fetchOptions: options.fetchOptions,
      middleware: options.middleware ?? [],
      logger: this.logger,
      logLevel: this.logLevel,
      attemptLog:
        this.logLevel === 'info' || this.logLevel === 'debug' ? import('../transport/attempt-log.js') : undefined,
      userAgent: cloud ? `${cloud.backend.name}/JS ${cloud.backend.version}` : `Anthropic/JS ${VERSION}`,
      browser: (options.dangerouslyAllowBrowser ?? cloud?.allowBrowser) === true,
      auth: this.#credential && createAuthenticator(this.#credential),
      backend: cloud?.backend,
    };
  }

  /** The options this client was built from (for {@link withOptions}). */
  get options(): Readonly<Options> {
    return this.#options;
  }

  /**
   * A new client of the same class with `options` laid over this one's. Giving any credential
   * option replaces this client's credential, whatever its kind; otherwise the copy keeps it.
   *
   * @example
   * const patient = client.withOptions({ maxRetries: 5 });
   */
  withOptions(options: Partial<Options>): this {
    const Constructor = this.constructor as new (options: Options) => this;
    const merged: Record<string, unknown> = { ...(this.#options as Record<string, unknown>) };
    const credentialOptions = this.#cloud?.credentialOptions ?? FIRST_PARTY_CREDENTIALS;
    const given = Object.entries(options).filter(([, value]) => value !== undefined);
    if (given.some(([name]) => credentialOptions.includes(name))) {
      for (const name of credentialOptions) merged[name] = null;
    } else if (this.#credential) {
      // The copy keeps this client's credential even when it came from the environment.
      Object.assign(merged, credentialAsOption(this.#credential));
    }
    for (const [name, value] of given) merged[name] = value;
    return new Constructor(merged as Options);
  }

  /**
   * Sends a request: headers, auth, middleware, retries, timeouts. Every resource calls through
   * here; `parse` turns the 2xx response into the result (default: JSON) inside the attempt.
   * `options` may be a promise (a multipart body that is built first).
   *
   * @example
   * const model = await client.request<ModelInfo>({ method: 'get', path: '/v1/models/claude-opus-4-6' });
   */
  request<T>(
    options: FinalRequestOptions | Promise<FinalRequestOptions>,
    parse: ResponseParser<T> = parseJSONResponse<T>,
  ): APIPromise<T> {
    let decide!: (parse: ResponseParser<T> | null) => void;
    const consumer: { chosen?: { parse: ResponseParser<T> | null }; decided: Promise<ResponseParser<T> | null> } = {
      decided: new Promise((resolve) => (decide = resolve)),
    };
    const choose = (chosen: ResponseParser<T> | null): void => {
      if (consumer.chosen) return; // the first consumer decides
      consumer.chosen = { parse: chosen };
      decide(chosen);
    };
    const exchange: Promise<Exchange<T>> = sendWithRetries(this.#transport, options, consumer as Consumer<T>);
    return new APIPromise<T>({ choose, exchange }, parse);
  }

  /** `GET path`. */
  get<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.#verb('get', path, options);
  }
  /** `POST path` with a JSON (or multipart) body. */
  post<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.#verb('post', path, options);
  }
  /** `PUT path`. */
  put<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.#verb('put', path, options);
  }
  /** `PATCH path`. */
  patch<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.#verb('patch', path, options);
  }
  /** `DELETE path`. */
  delete<T>(path: string, options?: VerbOptions): APIPromise<T> {
    return this.#verb('delete', path, options);
  }

  /**
   * Whether this client reaches the first-party API, the only one that serves server-side message
   * threads (the tool runner's `thread: true`): false for a client with a backend (Bedrock, Vertex,
   * Foundry), which rewrites every request for another service.
   *
   * @example
   * new Anthropic().supportsMessageThreads;              // true
   * new AnthropicBedrock({ awsRegion }).supportsMessageThreads; // false
   */
  get supportsMessageThreads(): boolean {
    return this.#cloud === undefined;
  }

  /**
   * Not on `@anth` clients: each API is its own package, so an app carries only what it uses. Write
   * `new Messages(client).create(…)` or `createMessage(client, …)` (`@anth/messages`); batches are
   * `new Batches(client)` (`@anth/batches`). Reading it throws an `AnthropicError` saying so (the
   * type names the replacement, so `client.messages.create` fails to compile with that hint).
   *
   * @deprecated Never available: see the migration guide, docs/migrating-from-anthropic-ai-sdk.md.
   * @example
   * const message = await new Messages(client).create(params); // not client.messages.create(params)
   */
  get messages(): { 'use new Messages(client) from @anth/messages': never } {
    return movedResource('messages', 'Messages');
  }

  /**
   * Not on `@anth` clients: write `new Models(client)` or `listModels(client)` (`@anth/messages`).
   * Reading it throws an `AnthropicError` saying so.
   *
   * @deprecated Never available: see the migration guide, docs/migrating-from-anthropic-ai-sdk.md.
   * @example
   * for await (const model of listModels(client)) console.log(model.id); // not client.models.list()
   */
  get models(): { 'use new Models(client) from @anth/messages': never } {
    return movedResource('models', 'Models', 'messages');
  }

  /**
   * Not on `@anth` clients: the beta APIs are `@anth/beta` (`new BetaMessages(client)`,
   * `new Files(client)`, `betaToolRunner(client, …)`, …). Reading it throws an `AnthropicError`
   * saying so.
   *
   * @deprecated Never available: see the migration guide, docs/migrating-from-anthropic-ai-sdk.md.
   * @example
   * const runner = new BetaMessages(client).toolRunner(params); // not client.beta.messages.toolRunner(params)
   */
  get beta(): { 'use new BetaMessages(client), new Files(client), … from @anth/beta': never } {
    return movedResource('beta', 'BetaMessages');
  }

  /**
   * What `JSON.stringify(client)` shows: the configuration, and which kind of credential is set,
   * never its value.
   */
  toJSON(): Record<string, unknown> {
    return {
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      maxRetryDelay: this.maxRetryDelay,
      idleTimeout: this.idleTimeout,
      logLevel: this.logLevel,
      auth: this.#cloud?.authDescription ?? this.#credential?.kind ?? 'none',
    };
  }

  /** What `util.inspect(client)` (and `console.log` on Node) shows: see {@link toJSON}. */
  [Symbol.for('nodejs.util.inspect.custom')](): Record<string, unknown> {
    return { ...this.toJSON(), [Symbol.toStringTag]: this.constructor.name };
  }

  #verb<T>(method: HTTPMethod, path: string, options?: VerbOptions): APIPromise<T> {
    return this.request<T>({ method, path, ...options });
  }
}

/** `logLevel` option > `ANTHROPIC_LOG` > `'warn'`; an invalid value is reported and ignored, so the next source decides. */
function resolveLogLevel(option: unknown, sink: Logger): LogLevel {
  for (const [source, value] of [
    ['logLevel option', option],
    ['ANTHROPIC_LOG', readEnv('ANTHROPIC_LOG')],
  ] as const) {
    if (isLogLevel(value)) return value;
    if (value !== undefined)
      sink.warn(`${source} ${JSON.stringify(value)} is not one of off, error, warn, info, debug; ignored`);
  }
  return 'warn';
}
