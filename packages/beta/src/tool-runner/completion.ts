import type { BetaMessage } from '../types/beta-message.js';

/** The promise `done()` returns, with its resolvers, settled once. */
export interface Completion {
  promise: Promise<BetaMessage>;
  resolve: (message: BetaMessage) => void;
  reject: (error: unknown) => void;
  settled: boolean;
}

/**
 * A new unsettled {@link Completion}. Its promise may go unawaited: a failure nobody asked for is not
 * an unhandled rejection.
 */
export function createCompletion(): Completion {
  let resolve!: (message: BetaMessage) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<BetaMessage>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  // Whoever awaits `done()` sees a failure; nobody awaiting it is not an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject, settled: false };
}
