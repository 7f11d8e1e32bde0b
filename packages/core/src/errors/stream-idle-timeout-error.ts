import { ERROR_KIND } from './anthropic-error.js';
import { APIConnectionTimeoutError } from './connection-errors.js';

// Its own module, so bundles that never stream leave it out.
/**
 * An open stream received no byte for `idleTimeout` ms (default: `timeout`). It is an
 * {@link APIConnectionTimeoutError}, so one check covers both kinds of timeout.
 *
 * @example
 * const stream = streamMessage(client.withOptions({ idleTimeout: 30_000 }), params);
 * await stream.finalMessage().catch((error) => {
 *   if (error instanceof StreamIdleTimeoutError) console.warn(`silent for ${error.idleTimeout} ms`);
 *   throw error;
 * });
 */
export class StreamIdleTimeoutError extends APIConnectionTimeoutError {
  override get [ERROR_KIND](): string {
    return 'StreamIdleTimeoutError';
  }
  /** The idle limit that was exceeded, in ms. */
  readonly idleTimeout: number;
  constructor(init: { idleTimeout: number; cause?: unknown }) {
    super({
      message: `Stream idle for ${init.idleTimeout}ms (idleTimeout); the connection was closed.`,
      cause: init.cause,
    });
    this.idleTimeout = init.idleTimeout;
  }
}
