const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Joins `baseURL` and `path` with exactly one `/` (an absolute `path`, like a batch `results_url`, is
 * used as is) and merges the query layers: the path's own query < `defaultQuery` < per-request `query`.
 * A later layer replaces a key of an earlier one.
 */
export function buildURL(
  baseURL: string,
  path: string,
  defaultQuery: Record<string, unknown> | undefined,
  query: Record<string, unknown> | undefined,
): string {
  const joined = ABSOLUTE_URL.test(path) ? path : `${baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  if (!defaultQuery && !query) return joined;

  const hashless = joined.split('#', 1)[0] ?? joined;
  const questionMark = hashless.indexOf('?');
  const target = questionMark === -1 ? hashless : hashless.slice(0, questionMark);
  const pairs = new Map<string, string[]>();
  if (questionMark !== -1) {
    for (const [key, value] of new URLSearchParams(hashless.slice(questionMark + 1))) addPair(pairs, key, value);
  }
  for (const layer of [defaultQuery, query]) {
    if (!layer) continue;
    const layerPairs = new Map<string, string[]>();
    for (const [key, value] of Object.entries(layer)) {
      // An explicit `undefined` in a later layer removes the key an earlier layer set.
      if (value === undefined) for (const name of [...pairs.keys()]) if (name === key || name.startsWith(`${key}[`)) pairs.delete(name);
      serializeQueryValue(layerPairs, key, value);
    }
    for (const [key, values] of layerPairs) pairs.set(key, values);
  }
  const search = [...pairs].flatMap(([key, values]) => values.map((value) => `${encodeKey(key)}=${encodeURIComponent(value)}`)).join('&');
  return search ? `${target}?${search}` : target;
}

function addPair(pairs: Map<string, string[]>, key: string, value: string): void {
  const values = pairs.get(key);
  if (values) values.push(value);
  else pairs.set(key, [value]);
}

/** Brackets form, as the official SDKs send it: `ids[]=a&ids[]=b`, `a[b]=c`; `undefined` is skipped. */
function serializeQueryValue(pairs: Map<string, string[]>, key: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null) return addPair(pairs, key, '');
  if (Array.isArray(value)) {
    for (const item of value) serializeQueryValue(pairs, `${key}[]`, item);
    return;
  }
  if (value instanceof Date) return addPair(pairs, key, value.toISOString());
  if (typeof value === 'object') {
    for (const [subKey, subValue] of Object.entries(value)) serializeQueryValue(pairs, `${key}[${subKey}]`, subValue);
    return;
  }
  addPair(pairs, key, String(value));
}

/** Keeps `[` and `]` readable in keys; everything else is percent-encoded. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']');
}
