/**
 * Joins `baseURL` and `path` with exactly one `/` (an absolute `path`, like a batch `results_url`, is
 * used as is) and merges the query layers: the path's own query < `defaultQuery` < per-request `query`.
 * A later layer replaces a key of an earlier one in place; an explicit `undefined` removes it.
 */
export function buildURL(
  baseURL: string,
  path: string,
  defaultQuery: Record<string, unknown> | undefined,
  query: Record<string, unknown> | undefined,
): string {
  const joined = /^[a-z][a-z0-9+.-]*:\/\//i.test(path)
    ? path
    : `${baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  if (!defaultQuery && !query) return joined;

  const [target = '', search] = joined.replace(/#.*/, '').split(/\?(.*)/);
  const params = new URLSearchParams(search);
  for (const layer of [defaultQuery, query]) {
    const pairs: Array<[string, string]> = [];
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (value === undefined)
        for (const name of [...params.keys()]) if (name === key || name.startsWith(`${key}[`)) params.delete(name);
      flattenQueryValue(pairs, key, value);
    }
    // `set` keeps the key where an earlier layer put it (and drops its other values); repeats append.
    const replaced = new Set<string>();
    for (const [key, value] of pairs) {
      if (replaced.has(key)) params.append(key, value);
      else params.set(key, value);
      replaced.add(key);
    }
  }
  // Spaces as %20 rather than `+`, and brackets readable: `ids[]=a&ids[]=b`, as the official SDKs send.
  const encoded = params.toString().replace(/\+/g, '%20').replace(/%5B/g, '[').replace(/%5D/g, ']');
  return encoded ? `${target}?${encoded}` : target;
}

/** Brackets form: `ids[]=a&ids[]=b`, `a[b]=c`; `undefined` is skipped, `null` is empty, dates are ISO strings. */
function flattenQueryValue(pairs: Array<[string, string]>, key: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) for (const item of value) flattenQueryValue(pairs, `${key}[]`, item);
  else if (value instanceof Date) pairs.push([key, value.toISOString()]);
  else if (value && typeof value === 'object')
    for (const [subKey, subValue] of Object.entries(value)) flattenQueryValue(pairs, `${key}[${subKey}]`, subValue);
  else pairs.push([key, value === null ? '' : String(value)]);
}
