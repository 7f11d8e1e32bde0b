import { createDeferred, type Deferred } from '@anth/core/internal';
import type { BetaMessage } from '../types/beta-message.js';

/** The promise `done()` returns, with its resolvers, settled once. */
export interface Completion extends Deferred<BetaMessage> {
  settled: boolean;
}

/**
 * A new unsettled {@link Completion}. Its promise may go unawaited: a failure nobody asked for is not
 * an unhandled rejection (core's deferred marks it handled).
 */
export function createCompletion(): Completion {
  return { ...createDeferred<BetaMessage>(), settled: false };
}
