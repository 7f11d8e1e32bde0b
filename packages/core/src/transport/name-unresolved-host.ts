import { APIConnectionError } from '../errors/connection-errors.js';
import { isDNSFailure } from './is-dns-failure.js';

/**
 * Wraps a send step so a failed DNS lookup becomes an `APIConnectionError` that names the host and
 * what produced it (`explain(host)`, e.g. which region or resource), instead of a bare "Connection
 * error."; other failures pass through unchanged. Still a connection error, so it is retried.
 *
 * @example
 * const send = nameUnresolvedHost(next, (host) => `Could not resolve host ${host} (the Vertex AI endpoint for region "us-east5").`);
 */
export function nameUnresolvedHost(
  send: (request: Request) => Promise<Response>,
  explain: (host: string) => string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await send(request);
    } catch (error) {
      if (!isDNSFailure(error)) throw error;
      throw new APIConnectionError({ message: explain(new URL(request.url).hostname), cause: error });
    }
  };
}
