import { AnthropicError } from '../errors/anthropic-error.js';
import type { MiddlewareContext } from './transport-config.js';

export type { MiddlewareContext } from './transport-config.js';

/**
 * Runs around every HTTP attempt (retries included), seeing the first-party request. Call `next`
 * once to continue; return a `Response` of your own to short-circuit.
 *
 * @example
 * const timing: Middleware = async (request, next) => {
 *   const started = Date.now();
 *   try { return await next(request); } finally { console.log(request.url, Date.now() - started); }
 * };
 */
export type Middleware = (
  request: Request,
  next: (request: Request) => Promise<Response>,
  context: MiddlewareContext,
) => Promise<Response>;

/** Chains `middleware` (outermost first) around `terminal`; each `next` may be called once. */
export function composeMiddleware(
  middleware: readonly Middleware[],
  terminal: (request: Request) => Promise<Response>,
  context: MiddlewareContext,
): (request: Request) => Promise<Response> {
  return middleware.reduceRight<(request: Request) => Promise<Response>>((next, layer) => {
    return (request) => {
      let called = false;
      const onceNext = (forwarded: Request): Promise<Response> => {
        if (called) return Promise.reject(new AnthropicError('Middleware called next() more than once'));
        called = true;
        return next(forwarded);
      };
      return layer(request, onceNext, context);
    };
  }, terminal);
}
