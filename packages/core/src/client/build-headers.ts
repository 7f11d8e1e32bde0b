import { AnthropicError } from '../errors/anthropic-error.js';
import type { HeadersInit } from './options.js';

/** Headers after merging (lower-case names), plus the names a layer removed on purpose with `null`. */
export interface MergedHeaders {
  headers: Record<string, string>;
  removed: Set<string>;
}

/**
 * Merges header layers, later wins, names case-insensitive. `undefined` leaves a lower layer alone;
 * `null` deletes it and records the name in `removed` (which also satisfies the auth check). A plain
 * record rather than `Headers`: fetch builds its `Headers` once, from this.
 */
export function mergeHeaders(layers: ReadonlyArray<HeadersInit | undefined>): MergedHeaders {
  const headers: Record<string, string> = {};
  const removed = new Set<string>();
  for (const layer of layers) {
    if (!layer) continue;
    for (const name in layer) {
      const value = layer[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      if (value === null) {
        delete headers[lower];
        removed.add(lower);
      } else {
        headers[lower] = value;
        removed.delete(lower);
      }
    }
  }
  return { headers, removed };
}

/**
 * The `anthropic-beta` value: the deduplicated union, in first-seen order, of comma-separated lists.
 * The client passes: client default, per-request header, then `betas` (the caller's, then the
 * method's required one, which so comes last as in the official SDKs).
 */
export function unionBetas(lists: ReadonlyArray<string | readonly string[] | null | undefined>): string | undefined {
  const names = new Set<string>();
  for (const list of lists) {
    if (list == null) continue;
    for (const entry of typeof list === 'string' ? list.split(',') : list) {
      const name = entry.trim();
      if (name) names.add(name);
    }
  }
  return names.size ? [...names].join(',') : undefined;
}

// RFC 9110 token characters for names; values may hold any visible character, space or tab.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const SECRET_HEADER = /^(authorization|x-api-key|api-key|proxy-authorization|cookie)$/;

/**
 * Throws an `AnthropicError` for a header fetch would refuse or garble (a name that is not a token, a
 * value that is not a string or holds a line break or control character), naming the header and showing the value (redacted for
 * credential headers), so nothing half-built is sent and no `TypeError` comes from inside fetch.
 *
 * @example
 * assertValidHeaders({ 'x-trace': 'a\r\nb' }); // AnthropicError: Header "x-trace" has an invalid value "a\r\nb" …
 */
export function assertValidHeaders(headers: Record<string, string>): void {
  for (const name in headers) {
    // `unknown`: an untyped caller's number or object would otherwise go out as its `String()`.
    const value: unknown = headers[name];
    if (HEADER_NAME.test(name) && typeof value === 'string' && HEADER_VALUE.test(value)) continue;
    if (!HEADER_NAME.test(name)) {
      throw new AnthropicError(
        `Header name ${JSON.stringify(name)} is invalid: a header name is letters, digits and !#$%&'*+.^_\`|~- only.`,
      );
    }
    const shown = SECRET_HEADER.test(name) ? '(redacted)' : JSON.stringify(value);
    throw new AnthropicError(
      `Header ${JSON.stringify(name)} has an invalid value ${shown}: header values are strings without line breaks or control characters.`,
    );
  }
}
