import { type EventStreamFaults } from './sse.js';
import type { Fault } from './types.js';
/**
 * Removes and returns the first queued fault that applies to `path` (no `match`, or `path` starts
 * with it). Faults for other paths stay queued in order.
 *
 * @example
 * takeFault(queue, '/v1/messages');
 */
export declare function takeFault(queue: Fault[], path: string): Fault | undefined;
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
export declare function applyFaultBeforeHandling(fault: Fault, signal: AbortSignal, requestId: string): Promise<Response | undefined>;
/**
 * The SSE part of a fault, or undefined when it has none.
 *
 * @example
 * toEventStreamFaults({ dropAfterEvents: 2 }); // { dropAfterEvents: 2 }
 */
export declare function toEventStreamFaults(fault: Fault | undefined): EventStreamFaults | undefined;
