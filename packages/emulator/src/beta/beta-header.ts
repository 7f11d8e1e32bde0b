import { createErrorResponse } from '../errors.js';
import type { RouteContext } from '../route-context.js';

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

/**
 * The 400 for an endpoint that exists only behind a beta header, or undefined when the header
 * carries it.
 *
 * @example
 * const missing = requireBeta(context, 'files-api-2025-04-14', 'Files');
 * if (missing) return missing;
 */
export function requireBeta(context: RouteContext, beta: string, api: string): Response | undefined {
  if (betasOf(context.request.headers).has(beta)) return undefined;
  return createErrorResponse({
    requestId: context.requestId,
    status: 400,
    message: `The ${api} API is in beta: send the header "anthropic-beta: ${beta}" to use it.`,
  });
}
