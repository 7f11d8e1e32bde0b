import type { FinalRequestOptions } from '../client/options.js';
import { assertNonNegativeInteger } from '../client/validate-options.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { abortableSleep } from './abortable-sleep.js';
import { sendAttempt, type AttemptFailure, type Consumer, type Exchange } from './send-attempt.js';
import { backoffDelay } from './retry-delay.js';
import type { TransportConfig } from './transport-config.js';

/**
 * Sends a request until an attempt succeeds, the failure is not retryable, or the retry budget is
 * spent: the retry loop. Each rule is one line below; the attempt itself (build, middleware, send,
 * classify) is {@link sendAttempt}'s. The wait between attempts honours the server's `retry-after`
 * (up to `maxRetryDelay`; a longer one is thrown with `retryAfterMs`), else jittered backoff, and
 * ends early with `APIUserAbortError` when the caller aborts.
 *
 * @example
 * // What Anthropic.request does: the consumer is chosen by the APIPromise it returns.
 * const exchange = await sendWithRetries(config, { method: 'get', path: '/v1/models' }, consumer);
 */
export async function sendWithRetries<T>(
  config: TransportConfig,
  requested: FinalRequestOptions | Promise<FinalRequestOptions>,
  consumer: Consumer<T>,
): Promise<Exchange<T>> {
  const options = requested instanceof Promise ? await requested : requested;
  for (const name of ['timeout', 'maxRetries', 'idleTimeout'] as const) assertNonNegativeInteger(name, options[name]);
  assertServed(config, options);
  const { signal } = options;
  const maxRetries = options.maxRetries ?? config.maxRetries;
  let refreshedCredential = false;

  for (let retryCount = 0; ; retryCount += 1) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    const outcome = await sendAttempt(config, options, retryCount, maxRetries, consumer);
    if ('response' in outcome) return outcome;

    const retriesLeft = maxRetries - retryCount;
    const tooLong = outcome.serverDelay !== undefined && outcome.serverDelay > config.maxRetryDelay;
    // A credential rejected with a 401 is fetched anew once per request, not once per retry.
    const repeatedRefresh = outcome.credentialRejected === true && refreshedCredential;
    const log = config.attemptLog && (await config.attemptLog);
    if (!outcome.retryable || repeatedRefresh || retriesLeft <= 0 || tooLong) {
      log?.gaveUp(config, outcome, givingUpReason(outcome, retriesLeft, tooLong));
      throw await outcome.error(tooLong ? outcome.serverDelay : undefined);
    }
    refreshedCredential ||= outcome.credentialRejected === true;
    await outcome.discard();
    const delay = outcome.serverDelay ?? backoffDelay(retryCount);
    log?.retrying(config, outcome, delay, retriesLeft);
    await abortableSleep(delay, signal).catch((cause: unknown) => {
      throw new APIUserAbortError({ cause });
    });
  }
}

/** Refuses, before anything is sent, an endpoint the client's backend does not serve. */
function assertServed(config: TransportConfig, options: FinalRequestOptions): void {
  const { backend } = config;
  if (!backend) return;
  const method = options.method.toUpperCase();
  // The canonical path without its query (an absolute URL, like a batch `results_url`, counts by its path).
  const { pathname } = new URL(options.path, 'http://localhost');
  if (backend.serves(method, pathname)) return;
  throw new AnthropicError(`${method} ${pathname} is not supported by ${backend.name}: it serves ${backend.served}.`);
}

/** Why a failed attempt ends the request, for the log line. */
function givingUpReason(failure: AttemptFailure, retriesLeft: number, tooLong: boolean): string {
  if (!failure.retryable) return 'not retryable';
  if (tooLong) return `server asked to wait ${Math.round(failure.serverDelay as number)}ms, over maxRetryDelay`;
  return retriesLeft <= 0 ? 'no more retries left' : 'credential already refreshed once';
}
