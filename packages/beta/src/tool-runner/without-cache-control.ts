/**
 * A copy of `value` (a message or a block) without `cache_control`, on it and on the blocks, sources
 * and tools inside it (reached through `content`, `source`, `tool`, `definition` and
 * `tool_references` only; every other field is kept as it is).
 *
 * @example
 * withoutCacheControl({ role: 'user', content: [{ type: 'text', text: 'Hi', cache_control: { type: 'ephemeral' } }] });
 * // { role: 'user', content: [{ type: 'text', text: 'Hi' }] }
 */
export function withoutCacheControl<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { cache_control: _cacheControl, ...copy } = value as Record<string, unknown>;
  for (const key of ['content', 'source', 'tool', 'definition', 'tool_references']) {
    const nested = copy[key];
    if (Array.isArray(nested)) copy[key] = nested.map(withoutCacheControl);
    else if (typeof nested === 'object' && nested !== null) copy[key] = withoutCacheControl(nested);
  }
  return copy as T;
}
