import type { HeadersInit } from './options.js';

/** Headers after merging, plus the names a layer removed on purpose with `null`. */
export interface MergedHeaders {
  headers: Headers;
  removed: Set<string>;
}

/**
 * Merges header layers, later wins, names case-insensitive. `undefined` leaves a lower layer alone;
 * `null` deletes it and records the name in `removed` (which also satisfies the auth check).
 */
export function mergeHeaders(layers: ReadonlyArray<HeadersInit | undefined>): MergedHeaders {
  const headers = new Headers();
  const removed = new Set<string>();
  for (const layer of layers) {
    if (!layer) continue;
    for (const name in layer) {
      const value = layer[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      if (value === null) {
        headers.delete(lower);
        removed.add(lower);
      } else {
        headers.set(lower, value);
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
