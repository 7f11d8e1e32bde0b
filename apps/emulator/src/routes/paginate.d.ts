/** A `Page` response body (wire.md §6). */
export interface Page<T> {
    data: T[];
    has_more: boolean;
    first_id: string | null;
    last_id: string | null;
}
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
export declare function paginate<T extends {
    id: string;
}>(items: readonly T[], query: URLSearchParams): {
    page: Page<T>;
} | {
    error: string;
};
