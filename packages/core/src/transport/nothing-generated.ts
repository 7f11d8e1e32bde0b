import type { APIError } from '../errors/api-error.js';

/**
 * Thrown by a stream parser when the stream's first event is an SSE `error`: nothing was generated,
 * so the attempt fails with {@link NothingGenerated.error} and the retry loop treats it like the
 * HTTP status of its type (an `overloaded_error` is retried like a 529). Never reaches a caller.
 */
export class NothingGenerated {
  constructor(readonly error: APIError) {}
}
