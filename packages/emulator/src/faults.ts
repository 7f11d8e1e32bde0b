import { sleepUnlessAborted } from './abortable-sleep.js';
import { createErrorResponse, getErrorDefaults, getStatusForErrorType } from './errors.js';
import { createSocketError, type EventStreamFaults } from './sse.js';
import type { Fault } from './types.js';

/**
 * Removes and returns the first queued fault that applies to `path` (no `match`, or `path` starts
 * with it). Faults for other paths stay queued in order.
 *
 * @example
 * takeFault(queue, '/v1/messages');
 */
export function takeFault(queue: Fault[], path: string): Fault | undefined {
  const index = queue.findIndex((fault) => fault.match === undefined || path.startsWith(fault.match));
  if (index === -1) return undefined;
  return queue.splice(index, 1)[0];
}

/**
 * Applies the part of a fault that happens before the request is handled: waits `latencyMs`
 * (rejecting with the abort reason if the request is aborted meanwhile, like fetch), drops the
 * connection (rejects like fetch does), or returns the error response. Returns undefined when the
 * request should be handled normally.
 *
 * A fault is an HTTP error when it sets `status` or `body`, or sets `errorType`/`message` without
 * `sseErrorAfterEvents` (with it, they describe the SSE `error` event instead).
 *
 * @example
 * const faultResponse = await applyFaultBeforeHandling(fault, request.signal, requestId);
 */
export async function applyFaultBeforeHandling(
  fault: Fault,
  signal: AbortSignal,
  requestId: string,
): Promise<Response | undefined> {
  if (fault.latencyMs !== undefined && fault.latencyMs > 0) await sleepUnlessAborted(fault.latencyMs, signal);
  if (fault.dropConnection) throw new TypeError('fetch failed', { cause: createSocketError() });
  if (!isHttpErrorFault(fault)) return undefined;
  const status = fault.status ?? (fault.errorType !== undefined ? getStatusForErrorType(fault.errorType) : 500);
  if (fault.body !== undefined) {
    return new Response(fault.body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return createErrorResponse({
    requestId,
    status,
    message: fault.message,
    errorType: fault.errorType,
    details: faultDetails(fault),
  });
}

/** The body's `error.details`: `details`, with `errorCode` as its `error_code`. */
function faultDetails(fault: Fault): Record<string, unknown> | undefined {
  if (fault.details === undefined && fault.errorCode === undefined) return undefined;
  return { ...fault.details, ...(fault.errorCode === undefined ? undefined : { error_code: fault.errorCode }) };
}

function isHttpErrorFault(fault: Fault): boolean {
  if (fault.status !== undefined || fault.body !== undefined) return true;
  const describesError =
    fault.errorType !== undefined ||
    fault.message !== undefined ||
    fault.errorCode !== undefined ||
    fault.details !== undefined;
  return describesError && fault.sseErrorAfterEvents === undefined;
}

/**
 * The SSE part of a fault, or undefined when it has none.
 *
 * @example
 * toEventStreamFaults({ dropAfterEvents: 2 }); // { dropAfterEvents: 2 }
 */
export function toEventStreamFaults(fault: Fault | undefined): EventStreamFaults | undefined {
  if (!fault) return undefined;
  const { delayBetweenEventsMs, stallAfterEvents, sseErrorAfterEvents, dropAfterEvents, errorType, message } = fault;
  if (
    [delayBetweenEventsMs, stallAfterEvents, sseErrorAfterEvents, dropAfterEvents].every((value) => value === undefined)
  ) {
    return undefined;
  }
  // The `error` event's message defaults to the one the API pairs with the type.
  const defaultMessage =
    errorType === undefined ? undefined : getErrorDefaults(getStatusForErrorType(errorType)).message;
  return {
    delayBetweenEventsMs,
    stallAfterEvents,
    sseErrorAfterEvents,
    dropAfterEvents,
    errorType,
    message: message ?? defaultMessage,
  };
}
