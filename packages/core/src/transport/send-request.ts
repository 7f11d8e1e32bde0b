import type { Anthropic } from '../client/anthropic.js';
import type { FinalRequestOptions } from '../client/options.js';
import { assertNonNegativeInteger } from '../client/validate-options.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import type { APIError } from '../errors/api-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { errorForStatus, statusForErrorType } from '../errors/error-for-status.js';
import { logsAt } from '../logging/logger.js';
import { redactHeaders } from '../logging/redact-headers.js';
import { abortableSleep } from './abortable-sleep.js';
import { linkAbort } from './link-abort.js';
import { composeMiddleware, type MiddlewareContext } from './middleware.js';
import { readBody } from './read-body.js';
import type { APIResponseProps } from './response-props.js';
import { backoffDelay, serverRequestedDelay } from './retry-delay.js';
import { shouldRetryStatus } from './retry-policy.js';

/**
 * Sends `options` until an attempt succeeds (2xx), the error is not retryable, or the retry budget is
 * spent. Each attempt rebuilds the request (fresh headers, retry count, signature) and runs the
 * middleware chain; the wait between attempts ends early when the caller aborts.
 */
export async function sendRequest(client: Anthropic, options: FinalRequestOptions, retriesTaken = 0): Promise<APIResponseProps> {
  if (retriesTaken === 0) {
    for (const name of ['timeout', 'maxRetries', 'idleTimeout'] as const) assertNonNegativeInteger(name, options[name]);
  }
  const maxRetries = options.maxRetries ?? client.maxRetries;
  const timeout = options.timeout ?? client.timeout;
  const { signal } = options;
  const { logger } = client;

  for (;;) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    const logID = `log_${Math.random().toString(16).slice(2, 8).padEnd(6, '0')}`;
    const started = Date.now();
    const controller = new AbortController();
    const unlink = linkAbort(signal, controller);
    const timedOut = new APIConnectionTimeoutError();
    const timer = setTimeout(() => controller.abort(timedOut), clampTimerDelay(timeout));
    const retriesLeft = maxRetries - retriesTaken;

    const waitThenRetry = async (delay: number, reason: string, response?: Response): Promise<void> => {
      // The request id of the failed attempt is what support needs, so it goes on the retry line too.
      logger.info(`[${logID}${response ? requestIDNote(response) : ''}] ${reason}; retrying in ${Math.round(delay)}ms, ${retriesLeft} attempts remaining`);
      try {
        await abortableSleep(delay, signal);
      } catch (error) {
        throw new APIUserAbortError({ cause: error });
      }
      retriesTaken += 1;
    };

    let response: Response;
    try {
      const request = client.buildRequest(options, { retryCount: retriesTaken, timeout, signal: controller.signal });
      if (logsAt(client.logLevel, 'debug')) {
        logger.debug(`[${logID}] sending request`, { method: request.method, url: request.url, headers: redactHeaders(request.headers) });
      }
      const context: MiddlewareContext = { options, retryCount: retriesTaken, maxRetries };
      // async + try, so a fetch that throws synchronously is classified like one that rejects.
      const terminal = async (outgoing: Request): Promise<Response> => {
        try {
          return await client.sendRequest(outgoing, context);
        } catch (error) {
          throw toTransportError(error, controller, timedOut);
        }
      };
      const middleware = options.middleware ? [...client.middleware, ...options.middleware] : client.middleware;
      response = await composeMiddleware(middleware, terminal, context)(request);
    } catch (error) {
      clearTimeout(timer);
      unlink();
      if (signal?.aborted) throw new APIUserAbortError({ cause: error });
      // Only failures to reach the API are retried; errors from middleware or configuration propagate.
      if (!(error instanceof APIConnectionError) || error instanceof APIUserAbortError) throw error;
      const outcome = error instanceof APIConnectionTimeoutError ? 'timed out' : 'failed';
      if (retriesLeft > 0) {
        await waitThenRetry(backoffDelay(retriesTaken), `connection ${outcome}`);
        continue;
      }
      logger.info(`[${logID}] connection ${outcome}; no more retries left`);
      throw error;
    }

    const duration = Date.now() - started;
    if (response.ok) {
      clearTimeout(timer);
      logger.info(`[${logID}${requestIDNote(response)}] ${options.method.toUpperCase()} ${response.url || options.path} succeeded with status ${response.status} in ${duration}ms`);
      if (logsAt(client.logLevel, 'debug')) logger.debug(`[${logID}] response headers`, redactHeaders(response.headers));
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        unlink();
      };
      const attemptRetries = retriesTaken;
      return {
        response,
        options,
        controller,
        retriesTaken: attemptRetries,
        idleTimeout: options.idleTimeout ?? client.idleTimeout,
        release,
        retry: (streamError: APIError) => {
          const status = streamError.status ?? statusForErrorType(streamError.type);
          if (attemptRetries >= maxRetries || status === undefined || !shouldRetryStatus(status, undefined)) return null;
          release();
          logger.info(`[${logID}] stream error before any content (${streamError.type ?? 'unknown'}); retrying`);
          return abortableSleep(backoffDelay(attemptRetries), signal).then(
            () => sendRequest(client, options, attemptRetries + 1),
            (error: unknown) => {
              throw new APIUserAbortError({ cause: error });
            },
          );
        },
      };
    }

    const retryable = shouldRetryStatus(response.status, response.headers);
    const requestedDelay = retryable ? serverRequestedDelay(response.headers) : undefined;
    const tooLong = requestedDelay !== undefined && requestedDelay > client.maxRetryDelay;
    if (retryable && retriesLeft > 0 && !tooLong) {
      clearTimeout(timer);
      unlink();
      // The body of an error we retry is not needed; release the connection before sleeping.
      await response.body?.cancel().catch(() => {});
      await waitThenRetry(requestedDelay ?? backoffDelay(retriesTaken), `${options.method.toUpperCase()} ${response.url || options.path} failed with status ${response.status}`, response);
      continue;
    }

    let text: string;
    try {
      text = await readBody({ response, controller });
    } finally {
      clearTimeout(timer);
      unlink();
    }
    const reason = !retryable ? 'not retryable' : tooLong ? `server asked to wait ${Math.round(requestedDelay)}ms, over maxRetryDelay` : 'no more retries left';
    logger.info(`[${logID}${requestIDNote(response)}] ${options.method.toUpperCase()} ${response.url || options.path} failed with status ${response.status} in ${duration}ms; ${reason}`);
    throw errorForStatus({
      status: response.status,
      headers: response.headers,
      error: parseErrorBody(text),
      retryAfterMs: tooLong ? requestedDelay : undefined,
    });
  }
}

/**
 * Timers fire at once for delays over 2^31 − 1 ms (about 24.8 days), so a "never time out" value like
 * `Number.MAX_SAFE_INTEGER` would abort every attempt immediately. Such delays are capped instead.
 */
function clampTimerDelay(ms: number): number {
  return Math.min(ms, 2_147_483_647);
}

function requestIDNote(response: Response): string {
  const id = response.headers.get('request-id');
  return id ? `, request-id: ${JSON.stringify(id)}` : '';
}

function parseErrorBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Classifies a failure of the terminal fetch: our timer, the caller's abort, or the network. */
function toTransportError(error: unknown, controller: AbortController, timedOut: APIConnectionTimeoutError): unknown {
  if (error instanceof AnthropicError) return error;
  if (controller.signal.aborted) {
    return controller.signal.reason === timedOut ? new APIConnectionTimeoutError({ cause: error }) : new APIUserAbortError({ cause: error });
  }
  const text = `${String(error)} ${String((error as { cause?: unknown } | null)?.cause ?? '')}`;
  return /timed? ?out/i.test(text) ? new APIConnectionTimeoutError({ cause: error }) : new APIConnectionError({ cause: error });
}
