/**
 * Prompt-caching breakpoint shared by content blocks, tools and request bodies.
 *
 * @example
 * ```ts
 * const block: TextBlockParam = { type: 'text', text: longDoc, cache_control: { type: 'ephemeral', ttl: '1h' } };
 * ```
 */
export interface CacheControlEphemeral {
  type: 'ephemeral';

  /** Time-to-live of the cache entry: `5m` (default) or `1h`. */
  ttl?: '5m' | '1h';
}
