import { AnthropicError } from '@anth/core';

/** The canonical paths Vertex AI serves (as a suffix, so a base URL's own path survives): messages and count_tokens. */
export const VERTEX_PATH = /\/v1\/messages(\/count_tokens)?$/;

// An id that keeps the URL's structure when it becomes a path segment: non-empty, no / ? # % or space.
const PATH_SAFE_ID = /^[^/?#%\s]+$/;

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
 *   (`:streamRawPredict` when `stream` is truthy); `model` leaves the body (`stream` stays), and is
 *   inserted as is (`claude-sonnet-4-5@20250929`: the `@` stays);
 * - `POST …/v1/messages/count_tokens` → `…/models/count-tokens:rawPredict`, `model` stays in the body;
 * - every body gets `"anthropic_version": "vertex-2023-10-16"` unless it has one; `?beta=true` is
 *   dropped (the `anthropic-beta` header stays a header).
 *
 * Throws, before anything is sent, for a project or model id that would change the URL's structure.
 *
 * @example
 * rewriteVertexRequest(new URL('https://us-east5-aiplatform.googleapis.com/v1/v1/messages'), { model, max_tokens, messages }, 'my-project', 'us-east5');
 */
export function rewriteVertexRequest(
  url: URL,
  body: Record<string, unknown>,
  project: string,
  region: string,
): { url: URL; body: string } {
  if (!PATH_SAFE_ID.test(project)) throw invalidVertexValue('projectId', project, 'an id without / ? # % or spaces');
  const rewritten = new URL(url);
  rewritten.searchParams.delete('beta');
  const [canonical = '', countTokens] = VERTEX_PATH.exec(rewritten.pathname) ?? [];
  const { model, ...rest } = body;
  if (!countTokens && !(typeof model === 'string' && PATH_SAFE_ID.test(model)))
    throw invalidVertexValue('model', model, 'an id such as claude-sonnet-4-5@20250929');
  const action = countTokens
    ? 'count-tokens:rawPredict'
    : `${model as string}:${rest['stream'] ? 'streamRawPredict' : 'rawPredict'}`;
  rewritten.pathname = `${rewritten.pathname.slice(0, -canonical.length)}/projects/${project}/locations/${region}/publishers/anthropic/models/${action}`;
  return {
    url: rewritten,
    body: JSON.stringify({ anthropic_version: 'vertex-2023-10-16', ...(countTokens ? body : rest) }),
  };
}
