import type { FinalRequestOptions } from '../client/options.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import type { APIError } from '../errors/api-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { errorForStatus, statusForErrorType } from '../errors/error-for-status.js';
import { buildRequest, type OutgoingRequest } from './build-request.js';
import { linkAbort } from './link-abort.js';
import { composeMiddleware } from './middleware.js';
import { NothingGenerated } from './nothing-generated.js';
import { readBody } from './read-body.js';
import type { APIResponseProps, ResponseParser } from './response-props.js';
import { serverRequestedDelay } from './retry-delay.js';
import { shouldRetryStatus } from './retry-policy.js';
import type { MiddlewareContext, TransportConfig } from './transport-config.js';

/** A request that got its answer: the response, and the parsed value unless the caller wanted it raw. */
export interface Exchange<T> {
  response: Response;
  /** Set when the consumer asked for the parsed value (`await`, `withResponse()`). */
  parsed?: { data: T } | undefined;
  /** What a parser needs; for `asResponse()`, whose caller reads the body itself. */
  props: APIResponseProps;
}

/** An attempt that failed; the retry loop decides whether to go again. */
export interface AttemptFailure {
  /** Whether another attempt may succeed (before counting the retry budget). */
  retryable: boolean;
  /** The wait the server asked for (`retry-after-ms` / `retry-after`), in ms, when it asked. */
  serverDelay: number | undefined;
  /** A 401 for a refreshable credential: retryable once per request (a fresh token may pass). */
  credentialRejected?: boolean | undefined;
  /** For log lines: the failed response's status and `request-id`, and the request (`POST /v1/messages`). */
  status?: number | undefined;
  requestID: string | null;
  target?: string | undefined;
  /** For log lines: milliseconds to the failed response's headers, when there was a response. */
  elapsed?: number | undefined;
  /** For log lines: a connection failure that was the attempt's timeout. */
  timedOut?: boolean | undefined;
  /** For log lines: the `error.type` of an SSE `error` before any content (`null` when it had none). */
  streamErrorType?: string | null | undefined;
  /** The error to throw when not retrying (reads an error body first); frees the attempt. */
  error(retryAfterMs?: number): Promise<APIError>;
  /** Frees the attempt (cancels an unread body) before a retry. */
  discard(): Promise<void>;
}

/**
 * Chooses between the parsed value (a parser) and the raw response (`null`, for `asResponse()`):
 * the first of `await`/`withResponse()`/`asResponse()` to be called decides. `chosen` is set the
 * moment that happens (usually before the response arrives); `decided` resolves with it.
 */
export interface Consumer<T> {
  readonly chosen: { parse: ResponseParser<T> | null } | undefined;
  readonly decided: Promise<ResponseParser<T> | null>;
}

// Timers fire at once past 2^31 − 1 ms (~24.8 days), so "never" values like MAX_SAFE_INTEGER are capped.
const MAX_TIMER = 2_147_483_647;

/**
 * One HTTP attempt, read top to bottom: arm the timeout, get the credential, build the request, run
 * the middleware around the backend's (or fetch's) send, and classify what came back — a failure for
 * the retry loop, or a 2xx handed to the consumer's parser. The attempt's `timeout` runs to the
 * response headers of a stream, and through the parsing of any other body; an SSE `error` before any
 * content (reported by the stream parser as {@link NothingGenerated}) is a failure like an HTTP error.
 *
 * @example
 * const outcome = await sendAttempt(config, options, 0, 2, consumer);
 * if ('response' in outcome) return outcome.parsed?.data;
 */
export async function sendAttempt<T>(
  config: TransportConfig,
  options: FinalRequestOptions,
  retryCount: number,
  maxRetries: number,
  consumer: Consumer<T>,
): Promise<Exchange<T> | AttemptFailure> {
  const started = Date.now();
  const timeout = options.timeout ?? config.timeout;
  const idleTimeout = options.idleTimeout ?? config.idleTimeout;
  const controller = new AbortController();
  const { signal } = controller;
  const unlink = linkAbort(options.signal, controller);
  // The error is built only if the timer fires: a stack trace per attempt is not free.
  const arm = (ms: number) =>
    setTimeout(() => controller.abort(new APIConnectionTimeoutError()), Math.min(ms, MAX_TIMER));
  let timer = arm(timeout);
  const settle = (): void => {
    clearTimeout(timer);
    unlink();
  };
  const log = config.attemptLog && (await config.attemptLog);

  let response: Response;
  let authorization: string | undefined;
  try {
    const pending = config.auth?.authorization(signal);
    // A static key is a string: no extra turn of the event loop for it.
    authorization = pending instanceof Promise ? await pending : pending;
    const outgoing = buildRequest(config, options, { retryCount, timeout, signal, authorization });
    log?.requestSent(config, outgoing.init.method, outgoing.url, outgoing.init.headers);
    response = await send(config, outgoing, { options, retryCount, maxRetries });
  } catch (error) {
    settle();
    // Failures to reach the API were classified at the fetch; anything else (bad input, a credential
    // that could not be had, an error thrown by middleware) propagates as it is.
    if (error instanceof APIConnectionError) return connectionFailure(error);
    if (options.signal?.aborted && !(error instanceof APIUserAbortError)) throw new APIUserAbortError({ cause: error });
    throw error;
  }

  if (!response.ok) {
    // A rejected token from a provider: drop it, and the next attempt fetches a fresh one.
    const credentialRejected = response.status === 401 && !!authorization && !!config.auth?.rejected?.(authorization);
    const retryable = credentialRejected || shouldRetryStatus(response.status, response.headers);
    return {
      retryable,
      credentialRejected,
      serverDelay: retryable ? serverRequestedDelay(response.headers) : undefined,
      status: response.status,
      requestID: response.headers.get('request-id'),
      target: `${options.method.toUpperCase()} ${response.url || options.path}`,
      elapsed: Date.now() - started,
      async error(retryAfterMs) {
        try {
          const text = await readBody({ response, controller, idleTimeout });
          return errorForStatus({
            status: response.status,
            headers: response.headers,
            error: parseErrorBody(text),
            retryAfterMs,
          });
        } finally {
          settle();
        }
      },
      async discard() {
        settle();
        // The body of an error we retry is not needed; release the connection before sleeping.
        await response.body?.cancel().catch(() => {});
      },
    };
  }

  // Headers are in. A stream's body is bounded by idleTimeout from here; any other body is read within
  // the attempt's timeout. If nobody has asked for the value yet, that wait is not the network's: the
  // timer stops, and starts again with the time left once a consumer decides.
  const elapsed = Date.now() - started;
  log?.succeeded(config, options, response, elapsed);
  const props: APIResponseProps = {
    response,
    options,
    controller,
    retriesTaken: retryCount,
    idleTimeout,
    release: unlink,
  };
  const decidedEarly = consumer.chosen !== undefined;
  if (options.stream || !decidedEarly) clearTimeout(timer);
  const parse = consumer.chosen ? consumer.chosen.parse : await consumer.decided;
  if (!parse) {
    clearTimeout(timer);
    return { response, props };
  }
  if (!options.stream && !decidedEarly) timer = arm(Math.max(0, timeout - elapsed));
  try {
    const data = await parse(props);
    if (!options.stream) settle();
    return { response, props, parsed: { data } };
  } catch (error) {
    clearTimeout(timer);
    if (!(error instanceof NothingGenerated)) {
      unlink();
      throw toTransportError(error, signal);
    }
    // An SSE `error` before any content: nothing was generated, so it is retried like its HTTP status.
    const status = statusForErrorType(error.error.type);
    return {
      retryable: status !== undefined && shouldRetryStatus(status, undefined),
      serverDelay: undefined,
      requestID: response.headers.get('request-id'),
      streamErrorType: error.error.type,
      error: async () => (unlink(), error.error),
      discard: async () => unlink(),
    };
  }
}

/** Sends through the middleware and the backend; without either, a plain `fetch(url, init)` (no `Request` is built). */
function send(config: TransportConfig, outgoing: OutgoingRequest, context: MiddlewareContext): Promise<Response> {
  const fetchImpl = config.fetch ?? globalThis.fetch;
  const signal = outgoing.init.signal as AbortSignal;
  // async + try, so a fetch that throws synchronously is classified like one that rejects.
  const classified = async (input: string | Request, init: RequestInit): Promise<Response> => {
    try {
      return await fetchImpl(input, init);
    } catch (error) {
      throw toTransportError(error, signal);
    }
  };
  const { middleware, backend } = config;
  const perRequest = context.options.middleware;
  if (!backend && !middleware.length && !perRequest?.length) return classified(outgoing.url, outgoing.init);
  // Non-standard init fields (undici's `dispatcher`) are dropped by `new Request`: they go to fetch beside it.
  const { headers: _headers, body: _body, method: _method, signal: _signal, ...extra } = outgoing.init;
  const fetchRequest = (request: Request): Promise<Response> => classified(request, extra);
  const terminal = backend
    ? (request: Request) => backend.send(request, { ...context, logger: config.logger, fetch: fetchRequest })
    : fetchRequest;
  const layers = perRequest?.length ? [...middleware, ...perRequest] : middleware;
  return composeMiddleware(layers, terminal, context)(new Request(outgoing.url, outgoing.init));
}

function connectionFailure(error: APIConnectionError): AttemptFailure {
  return {
    retryable: true,
    serverDelay: undefined,
    requestID: null,
    timedOut: error instanceof APIConnectionTimeoutError,
    error: async () => error,
    discard: async () => {},
  };
}

/**
 * Classifies a failure of an attempt: an `AnthropicError` raised on purpose (bad input, a refused
 * endpoint, a credential that could not be had) passes as is; otherwise our timer, the caller's
 * abort, or a failure to reach the API.
 */
function toTransportError(error: unknown, signal: AbortSignal): AnthropicError {
  if (error instanceof AnthropicError && !(error instanceof APIConnectionError)) return error;
  if (signal.aborted) {
    if (!(signal.reason instanceof APIConnectionTimeoutError)) return new APIUserAbortError({ cause: error });
    return error instanceof APIConnectionTimeoutError ? error : new APIConnectionTimeoutError({ cause: error });
  }
  if (error instanceof AnthropicError) return error;
  const text = `${String(error)} ${String((error as { cause?: unknown } | null)?.cause ?? '')}`;
  return /timed? ?out/i.test(text)
    ? new APIConnectionTimeoutError({ cause: error })
    : new APIConnectionError({ cause: error });
}

/** The error body as JSON when it is JSON, else its text (`undefined` when empty). */
function parseErrorBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
