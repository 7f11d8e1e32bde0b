/** A `Page` response body (wire.md §6). */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  first_id: string | null;
  last_id: string | null;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;

/**
 * Pages through `items` (already in list order, newest first) with the API's cursor rules:
 * - no cursor: the first `limit` items; `has_more` if any follow;
 * - `after_id`: the `limit` items right after it; `has_more` if any follow;
 * - `before_id`: the `limit` items right before it (still in list order); `has_more` if any precede.
 * Returns the 400 message instead when the query is invalid.
 *
 * @example
 * paginate(models, new URLSearchParams('limit=2&after_id=claude-opus-4-6'));
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  query: URLSearchParams,
): { page: Page<T> } | { error: string } {
  const limit = parseLimit(query.get('limit'));
  if (typeof limit === 'string') return { error: limit };
  const afterId = query.get('after_id');
  const beforeId = query.get('before_id');

  let start = 0;
  let end = items.length;
  if (afterId !== null) {
    const index = items.findIndex((item) => item.id === afterId);
    if (index === -1) return { error: `after_id: unknown id '${afterId}'` };
    start = index + 1;
  }
  if (beforeId !== null) {
    const index = items.findIndex((item) => item.id === beforeId);
    if (index === -1) return { error: `before_id: unknown id '${beforeId}'` };
    end = Math.max(start, index);
  }

  // Walking backwards takes the items closest to the cursor; "more" then means more before them.
  const walkingBackwards = beforeId !== null;
  const data = walkingBackwards
    ? items.slice(Math.max(start, end - limit), end)
    : items.slice(start, Math.min(end, start + limit));
  const hasMore = walkingBackwards ? end - data.length > start : start + data.length < end;
  return {
    page: {
      data,
      has_more: hasMore,
      first_id: data[0]?.id ?? null,
      last_id: data[data.length - 1]?.id ?? null,
    },
  };
}

function parseLimit(rawLimit: string | null): number | string {
  if (rawLimit === null) return DEFAULT_LIMIT;
  if (!/^[+-]?\d+$/.test(rawLimit.trim()))
    return 'limit: Input should be a valid integer, unable to parse string as an integer';
  const limit = Number(rawLimit);
  if (limit < 1) return 'limit: Input should be greater than or equal to 1';
  if (limit > MAX_LIMIT) return `limit: Input should be less than or equal to ${MAX_LIMIT}`;
  return limit;
}
