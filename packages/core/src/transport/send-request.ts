import type { Anthropic } from '../client/anthropic.js';
import type { FinalRequestOptions } from '../client/options.js';
import { assertNonNegativeInteger } from '../client/validate-options.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { errorForStatus, statusForErrorType } from '../errors/error-for-status.js';
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
export async function sendRequest(
  client: Anthropic,
  options: FinalRequestOptions,
  retriesTaken = 0,
): Promise<APIResponseProps> {
  if (!retriesTaken)
    for (const name of ['timeout', 'maxRetries', 'idleTimeout'] as const) assertNonNegativeInteger(name, options[name]);
  const maxRetries = options.maxRetries ?? client.maxRetries;
  const timeout = options.timeout ?? client.timeout;
  const { signal } = options;
  const { logger } = client;
  const debug = client.logLevel === 'debug';
  // The wait between attempts ends with the caller's abort, as an APIUserAbortError.
  const pause = (ms: number): Promise<void> =>
    abortableSleep(ms, signal).catch((cause: unknown) => {
      throw new APIUserAbortError({ cause });
    });

  for (;;) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    const logID = `log_${Math.random().toString(16).slice(2, 8).padEnd(6, '0')}`;
    const started = Date.now();
    const controller = new AbortController();
    const unlink = linkAbort(signal, controller);
    const timedOut = new APIConnectionTimeoutError();
    // Timers fire at once past 2^31 − 1 ms (~24.8 days), so "never" values like MAX_SAFE_INTEGER are capped.
    const timer = setTimeout(() => controller.abort(timedOut), Math.min(timeout, 2_147_483_647));
    const settle = (): void => {
      clearTimeout(timer);
      unlink();
    };
    const retriesLeft = maxRetries - retriesTaken;
    const context: MiddlewareContext = { options, retryCount: retriesTaken, maxRetries };

    let response: Response | undefined;
    let failure: unknown;
    try {
      const request = client.buildRequest(options, { retryCount: retriesTaken, timeout, signal: controller.signal });
      if (debug)
        logger.debug(`[${logID}] sending request`, {
          method: request.method,
          url: request.url,
          headers: redactHeaders(request.headers),
        });
      // async + try, so a fetch that throws synchronously is classified like one that rejects.
      const terminal = async (outgoing: Request): Promise<Response> => {
        try {
          return await client.sendRequest(outgoing, context);
        } catch (error) {
          throw toTransportError(error, controller, timedOut);
        }
      };
      response = await composeMiddleware(
        [...client.middleware, ...(options.middleware ?? [])],
        terminal,
        context,
      )(request);
    } catch (error) {
      settle();
      if (signal?.aborted) throw new APIUserAbortError({ cause: error });
      // Only failures to reach the API are retried; errors from middleware or configuration propagate.
      if (!(error instanceof APIConnectionError) || error instanceof APIUserAbortError) throw error;
      failure = error;
    }

    const duration = Date.now() - started;
    // The request id of the attempt is what support needs, so every line about a response carries it.
    const requestID = response?.headers.get('request-id');
    const prefix = `[${logID}${requestID ? `, request-id: ${JSON.stringify(requestID)}` : ''}] `;
    const target = `${options.method.toUpperCase()} ${response?.url || options.path}`;

    if (response?.ok) {
      clearTimeout(timer);
      logger.info(`${prefix}${target} succeeded with status ${response.status} in ${duration}ms`);
      if (debug) logger.debug(`[${logID}] response headers`, redactHeaders(response.headers));
      const attemptRetries = retriesTaken;
      return {
        response,
        options,
        controller,
        retriesTaken: attemptRetries,
        idleTimeout: options.idleTimeout ?? client.idleTimeout,
        release: unlink,
        retry: (streamError) => {
          const status = streamError.status ?? statusForErrorType(streamError.type);
          if (attemptRetries >= maxRetries || status === undefined || !shouldRetryStatus(status, undefined))
            return null;
          unlink();
          logger.info(`[${logID}] stream error before any content (${streamError.type ?? 'unknown'}); retrying`);
          return pause(backoffDelay(attemptRetries)).then(() => sendRequest(client, options, attemptRetries + 1));
        },
      };
    }

    const retryable = !response || shouldRetryStatus(response.status, response.headers);
    const requestedDelay = response && retryable ? serverRequestedDelay(response.headers) : undefined;
    const tooLong = requestedDelay !== undefined && requestedDelay > client.maxRetryDelay;
    const outcome = response
      ? `${target} failed with status ${response.status}`
      : `connection ${failure instanceof APIConnectionTimeoutError ? 'timed out' : 'failed'}`;
    if (retryable && retriesLeft > 0 && !tooLong) {
      settle();
      // The body of an error we retry is not needed; release the connection before sleeping.
      await response?.body?.cancel().catch(() => {});
      const delay = requestedDelay ?? backoffDelay(retriesTaken);
      logger.info(`${prefix}${outcome}; retrying in ${Math.round(delay)}ms, ${retriesLeft} attempts remaining`);
      await pause(delay);
      retriesTaken += 1;
      continue;
    }
    if (!response) {
      logger.info(`${prefix}${outcome}; no more retries left`);
      throw failure;
    }

    let text: string;
    try {
      text = await readBody({ response, controller });
    } finally {
      settle();
    }
    const reason = !retryable
      ? 'not retryable'
      : tooLong
        ? `server asked to wait ${Math.round(requestedDelay)}ms, over maxRetryDelay`
        : 'no more retries left';
    logger.info(`${prefix}${outcome} in ${duration}ms; ${reason}`);
    throw errorForStatus({
      status: response.status,
      headers: response.headers,
      error: parseErrorBody(text),
      retryAfterMs: tooLong ? requestedDelay : undefined,
    });
  }
}

/** The error body as JSON when it is JSON, else its text (`undefined` when empty). */
function parseErrorBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** Classifies a failure of the terminal fetch: our timer, the caller's abort, or the network. */
function toTransportError(error: unknown, controller: AbortController, timedOut: APIConnectionTimeoutError): unknown {
  if (error instanceof AnthropicError) return error;
  const { aborted, reason } = controller.signal;
  if (aborted && reason !== timedOut) return new APIUserAbortError({ cause: error });
  const text = `${String(error)} ${String((error as { cause?: unknown } | null)?.cause ?? '')}`;
  return aborted || /timed? ?out/i.test(text)
    ? new APIConnectionTimeoutError({ cause: error })
    : new APIConnectionError({ cause: error });
}
