/**
 * Waits `milliseconds`, or rejects with the signal's reason as soon as it aborts. The timer is
 * always cleared, so an aborted wait never keeps the process alive.
 *
 * @example
 * await sleepUnlessAborted(50, request.signal);
 */
export declare function sleepUnlessAborted(milliseconds: number, signal?: AbortSignal): Promise<void>;
