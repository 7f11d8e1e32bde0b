import { APIConnectionError } from '../errors/connection-errors.js';
import { isDNSFailure } from './is-dns-failure.js';

/**
 * Wraps a send step so a failed DNS lookup becomes an `APIConnectionError` that names the host and
 * what produced it, `Could not resolve host <host> (<origin>).` (e.g. which region or resource),
 * instead of a bare "Connection error."; other failures pass through unchanged. Still a connection
 * error, so it is retried.
 *
 * @example
 * const send = nameUnresolvedHost(next, 'region "us-east5"'); // "Could not resolve host us-east5-aiplatform.googleapis.com (region "us-east5")."
 */
export function nameUnresolvedHost(
  send: (request: Request) => Promise<Response>,
  origin: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await send(request);
    } catch (error) {
      if (!isDNSFailure(error)) throw error;
      throw new APIConnectionError({
        message: `Could not resolve host ${new URL(request.url).hostname} (${origin}).`,
        // The fetch's own failure, not the generic connection error the transport already wrapped it in.
        cause: error instanceof APIConnectionError ? error.cause : error,
      });
    }
  };
}
