import { AnthropicError } from '../errors/anthropic-error.js';

/**
 * Refuses, before anything is sent, params that are not an object (`create(undefined)` from an
 * untyped caller), with an `AnthropicError` naming the method, instead of a `TypeError` from inside.
 *
 * @example
 * assertParams(params, 'createMessage');
 */
export function assertParams(params: unknown, method: string): asserts params is object {
  if (typeof params === 'object' && params !== null && !Array.isArray(params)) return;
  const kind = params === null ? 'null' : Array.isArray(params) ? 'an array' : typeof params;
  throw new AnthropicError(`${method} needs its params as an object (the request body); received ${kind}.`);
}
