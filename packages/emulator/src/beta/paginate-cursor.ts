/** A cursor page body (wire.md §6 PageCursor). */
export interface CursorPageBody<T> {
  data: T[];
  has_more: boolean;
  next_page: string | null;
}

const DEFAULT_LIMIT = 20;

/**
 * Pages through `items` with `limit` (at most `maxLimit`) and an opaque `page` cursor from an
 * earlier `next_page`; returns the 400 message for a bad query.
 *
 * @example
 * paginateCursor(skills, new URLSearchParams('limit=2'), 100);
 */
export function paginateCursor<T>(
  items: readonly T[],
  query: URLSearchParams,
  maxLimit: number,
): { page: CursorPageBody<T> } | { error: string } {
  const rawLimit = query.get('limit');
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null) {
    if (!/^\d+$/.test(rawLimit.trim()))
      return { error: 'limit: Input should be a valid integer, unable to parse string as an integer' };
    limit = Number(rawLimit);
    if (limit < 1) return { error: 'limit: Input should be greater than or equal to 1' };
    if (limit > maxLimit) return { error: `limit: Input should be less than or equal to ${maxLimit}` };
  }
  const page = query.get('page');
  let start = 0;
  if (page !== null && page !== '') {
    const match = /^page_(\d+)$/.exec(page);
    if (!match) return { error: `page: invalid page token '${page}'` };
    start = Number(match[1]);
  }
  const data = items.slice(start, start + limit);
  const hasMore = start + data.length < items.length;
  return { page: { data, has_more: hasMore, next_page: hasMore ? `page_${start + data.length}` : null } };
}
