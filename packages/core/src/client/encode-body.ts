import { AnthropicError } from '../errors/anthropic-error.js';

/** A request body ready for fetch, and the content type to send with it (none: the runtime sets it). */
export interface EncodedBody {
  body?: BodyInit;
  contentType?: string;
}

/**
 * JSON-encodes plain values; hands runtime body types (FormData, Blob, bytes, strings) to fetch as
 * is. A value JSON cannot encode (a `BigInt`, a circular reference) fails with an `AnthropicError`
 * naming the field, before anything is sent; a stream is refused, as a retry could not resend it.
 *
 * @example
 * encodeBody({ model, max_tokens: 1024, messages }); // { body: '{"model":…}', contentType: 'application/json' }
 */
export function encodeBody(body: unknown): EncodedBody {
  if (body === undefined) return {};
  // The runtime sets content-type (with the multipart boundary) itself; never by hand.
  if (
    typeof body === 'string' ||
    ArrayBuffer.isView(body) ||
    body instanceof ArrayBuffer ||
    body instanceof Blob ||
    body instanceof FormData ||
    body instanceof URLSearchParams
  ) {
    return { body: body as BodyInit };
  }
  if (body && typeof body === 'object' && (Symbol.asyncIterator in body || 'getReader' in body)) {
    throw new AnthropicError(
      'A request body cannot be a stream or async iterable (it could not be resent on retry); wrap it with toFile() first.',
    );
  }
  try {
    return { body: JSON.stringify(body), contentType: 'application/json' };
  } catch (error) {
    throw new AnthropicError(`The request body cannot be sent as JSON: ${describeUnencodable(body)}.`, {
      cause: error,
    });
  }
}

/** Finds what JSON.stringify choked on, for the message: only called once encoding has failed. */
function describeUnencodable(root: unknown): string {
  const ancestors: unknown[] = [];
  const visit = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'bigint') return `field \`${path}\` is a BigInt (${value}n); send it as a number or a string`;
    if (typeof value !== 'object' || value === null) return undefined;
    if (ancestors.includes(value)) return `field \`${path}\` refers back to one of its parents (a circular reference)`;
    ancestors.push(value);
    for (const [key, child] of Object.entries(value)) {
      const found = visit(child, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
      if (found) return found;
    }
    ancestors.pop();
    return undefined;
  };
  return visit(root, '') ?? 'a value could not be converted (a toJSON() that throws?)';
}
