import { AnthropicError } from '@anth/core';

/** The canonical paths Vertex AI serves (as a suffix, so a base URL's own path survives): messages and count_tokens. */
export const VERTEX_PATH = /\/v1\/messages(\/count_tokens)?$/;

// Percent-encodes one path segment: `/` → `%2F`, `;` → `%3B`, `:` → `%3A` (no id can add a segment or
// an action); `@` stays readable, as in `claude-haiku-4-5@20251001`.
const encodeSegment = (value: string): string => encodeURIComponent(value).replace(/%40/g, '@');

/**
 * The error for an option or parameter that cannot go into a Vertex AI URL: names it, its value and
 * what was expected.
 *
 * @example
 * throw invalidVertexValue('region', 'https://…', 'a location such as us-east5 or global');
 */
export function invalidVertexValue(name: string, value: unknown, expected: string): AnthropicError {
  return new AnthropicError(`Invalid Vertex AI ${name} ${JSON.stringify(value)}: expected ${expected}.`);
}

/**
 * Rewrites a canonical first-party request (`url` ends in one of {@link VERTEX_PATH}) for Vertex AI:
 * - `POST …/v1/messages` → `…/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
 *   (`:streamRawPredict` when `stream` is truthy); `model` leaves the body (`stream` stays);
 * - `POST …/v1/messages/count_tokens` → `…/models/count-tokens:rawPredict`, `model` stays in the body;
 * - project, region and model are percent-encoded path segments (`/` → `%2F`, `;` → `%3B`; the `@` of
 *   `claude-haiku-4-5@20251001` stays), as the official SDK 1.x does;
 * - the body gets `"anthropic_version"`: the request's API version (its `anthropic-version` header, which
 *   the backend then drops), unless the body has one; `?beta=true` is dropped (the `anthropic-beta`
 *   header stays a header).
 *
 * Throws, before anything is sent, for an empty model, or a project or region that is empty, `.` or `..`.
 *
 * @example
 * rewriteVertexRequest(new URL('https://us-east5-aiplatform.googleapis.com/v1/v1/messages'), { model, max_tokens, messages }, 'my-project', 'us-east5', '2026-10-21');
 */
export function rewriteVertexRequest(
  url: URL,
  body: Record<string, unknown>,
  project: string,
  region: string,
  version: string | null,
): { url: URL; body: string } {
  for (const [name, value] of [
    ['projectId', project],
    ['region', region],
  ] as const)
    if (/^\.{0,2}$/.test(value)) throw invalidVertexValue(name, value, 'a name other than "", "." or ".."');
  const rewritten = new URL(url);
  rewritten.searchParams.delete('beta');
  const [canonical = '', countTokens] = VERTEX_PATH.exec(rewritten.pathname) ?? [];
  const { model, ...rest } = body;
  if (!countTokens && !(typeof model === 'string' && model))
    throw invalidVertexValue('model', model, 'an id such as claude-sonnet-4-5@20250929');
  const action = countTokens
    ? 'count-tokens:rawPredict'
    : `${encodeSegment(model as string)}:${rest['stream'] ? 'streamRawPredict' : 'rawPredict'}`;
  rewritten.pathname = `${rewritten.pathname.slice(0, -canonical.length)}/projects/${encodeSegment(project)}/locations/${encodeSegment(region)}/publishers/anthropic/models/${action}`;
  const versioned = version === null ? {} : { anthropic_version: version };
  return { url: rewritten, body: JSON.stringify({ ...versioned, ...(countTokens ? body : rest) }) };
}
