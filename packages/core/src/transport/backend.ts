import type { Logger } from '../logging/logger.js';
import type { MiddlewareContext } from './transport-config.js';

/**
 * What a backend's `send` gets besides the request: the attempt, the client's logger, and the
 * client's `fetch` (custom fetch and fetch options applied).
 */
export interface BackendContext extends MiddlewareContext {
  readonly logger: Logger;
  /** Sends the final request. */
  fetch(request: Request): Promise<Response>;
}

/**
 * The one seam for cloud clients: a value handed to the core client, not methods overridden. The
 * core client builds the canonical first-party request and runs the middleware; the backend turns
 * that request into its service's (URL, body, authentication, signing) inside the innermost `next`,
 * so one middleware works on every backend.
 *
 * @example
 * const backend: Backend = {
 *   name: 'AnthropicExample',
 *   version: '1.0.0',
 *   serves: (method, path) => method === 'POST' && path === '/v1/messages',
 *   served: 'messages (POST /v1/messages)',
 *   send: (request, context) => context.fetch(new Request(rewriteURL(request.url), request)),
 * };
 */
export interface Backend {
  /** The client's name, in `User-Agent` (`AnthropicBedrock/JS 0.2.0`) and in errors. */
  readonly name: string;
  /** The cloud package's version, for `User-Agent`. */
  readonly version: string;
  /**
   * False for an endpoint the backend lacks: the request then fails with an `AnthropicError` naming
   * the endpoint and the backend, before any network call. `path` has no query.
   */
  serves(method: string, path: string): boolean;
  /** What the backend serves, for that error: `'messages (create, stream) and count_tokens'`. */
  readonly served: string;
  /** Rewrites, authenticates and sends one attempt; retries and middleware are the core client's. */
  send(request: Request, context: BackendContext): Promise<Response>;
}
