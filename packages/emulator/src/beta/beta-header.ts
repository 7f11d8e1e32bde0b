/**
 * The beta names of a request's `anthropic-beta` header (comma-separated, spaces ignored).
 *
 * @example
 * betasOf(new Headers({ 'anthropic-beta': 'a, b' })); // Set { 'a', 'b' }
 */
export function betasOf(headers: Headers): Set<string> {
  const names = new Set<string>();
  for (const name of (headers.get('anthropic-beta') ?? '').split(',')) {
    const trimmed = name.trim();
    if (trimmed) names.add(trimmed);
  }
  return names;
}
