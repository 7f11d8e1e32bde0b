import type { FinalRequestOptions } from '../client/options.js';
import { redactHeaders } from '../logging/redact-headers.js';
import type { AttemptFailure } from './send-attempt.js';
import type { TransportConfig } from './transport-config.js';

// The lines the transport writes at `info` and `debug` (spec behaviour §5). Loaded with `import()`
// only by clients whose level asks for them, so the default (`warn`) carries none of this code.

/** `[log_1a2b3c, request-id: "req_…"] `: a log id per line group, and the id support asks for. */
function prefix(requestID: string | null): string {
  const id = `log_${Math.random().toString(16).slice(2, 8).padEnd(6, '0')}`;
  return `[${id}${requestID ? `, request-id: ${JSON.stringify(requestID)}` : ''}] `;
}

/** `POST /v1/messages failed with status 529`, `connection timed out`, … */
function describe(failure: AttemptFailure): string {
  if (failure.status !== undefined) return `${failure.target} failed with status ${failure.status}`;
  return failure.streamErrorType !== undefined
    ? `stream error before any content (${failure.streamErrorType ?? 'unknown'})`
    : `connection ${failure.timedOut ? 'timed out' : 'failed'}`;
}

/** At debug: the request as sent, credentials redacted. */
export function requestSent(
  config: TransportConfig,
  method: string,
  url: string,
  headers: Record<string, string>,
): void {
  if (config.logLevel === 'debug')
    config.logger.debug('sending request', { method, url, headers: redactHeaders(headers) });
}

/** At info: one line per successful attempt, with its request id; at debug, the response headers too. */
export function succeeded(
  config: TransportConfig,
  options: FinalRequestOptions,
  response: Response,
  elapsed: number,
): void {
  const target = `${options.method.toUpperCase()} ${response.url || options.path}`;
  config.logger.info(
    `${prefix(response.headers.get('request-id'))}${target} succeeded with status ${response.status} in ${elapsed}ms`,
  );
  if (config.logLevel === 'debug') config.logger.debug('response headers', redactHeaders(response.headers));
}

/** At info: a failed attempt that is retried. */
export function retrying(config: TransportConfig, failure: AttemptFailure, delay: number, retriesLeft: number): void {
  config.logger.info(
    `${prefix(failure.requestID)}${describe(failure)}; retrying in ${Math.round(delay)}ms, ${retriesLeft} attempts remaining`,
  );
}

/** At info: a failed attempt that ends the request, and why it is not retried. */
export function gaveUp(config: TransportConfig, failure: AttemptFailure, reason: string): void {
  const duration = failure.elapsed === undefined ? '' : ` in ${failure.elapsed}ms`;
  config.logger.info(`${prefix(failure.requestID)}${describe(failure)}${duration}; ${reason}`);
}
