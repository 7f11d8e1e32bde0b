import { AnthropicError } from '@anth/core';

/** The `anthropic_version` Vertex AI expects in every body (it does not read the header). */
export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16';

/** The canonical endpoints Vertex AI serves. */
export type VertexEndpoint = 'messages' | 'count_tokens';

// Characters that would change the URL's structure if a model or project id carried them.
const URL_STRUCTURE = /[/?#%\s]/;

/**
 * Which Vertex endpoint serves a canonical request, from its method and URL path (the suffix, so a
 * base URL's own path survives). Throws, before anything is sent, an `AnthropicError` naming the
 * endpoint and the backend for every other call: batches, models, files, skills, completions.
 *
 * @example
 * vertexEndpoint('POST', '/v1/v1/messages/count_tokens', '/v1/messages/count_tokens'); // 'count_tokens'
 */
export function vertexEndpoint(method: string, pathname: string, canonicalPath: string): VertexEndpoint {
  if (method === 'POST' && pathname.endsWith('/v1/messages')) return 'messages';
  if (method === 'POST' && pathname.endsWith('/v1/messages/count_tokens')) return 'count_tokens';
  const path = canonicalPath.split('?', 1)[0] ?? canonicalPath;
  const endpoint = `${method} ${path}`;
  if (path.includes('/v1/messages/batches')) throw new AnthropicError(`The Batch API is not supported in the Vertex client yet (${endpoint}).`);
  throw new AnthropicError(`${endpoint} is not supported in the Vertex client: Vertex AI serves only messages (create, stream) and count_tokens.`);
}

/**
 * Rewrites a canonical first-party request for Vertex AI:
 * - `POST …/v1/messages` → `…/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
 *   (`:streamRawPredict` when `stream` is truthy); `model` leaves the body (`stream` stays), and is
 *   inserted as is (`claude-sonnet-4-5@20250929`: the `@` stays);
 * - `POST …/v1/messages/count_tokens` → `…/models/count-tokens:rawPredict`, `model` stays in the body;
 * - every body gets `"anthropic_version": "vertex-2023-10-16"` unless it has one; `?beta=true` is
 *   dropped (the `anthropic-beta` header stays a header).
 *
 * The canonical path is replaced as a suffix, so a base URL's path (`…/v1`) survives.
 *
 * @example
 * rewriteVertexRequest('messages', { url: 'https://us-east5-aiplatform.googleapis.com/v1/v1/messages', body, project: 'p', region: 'us-east5' });
 */
export function rewriteVertexRequest(endpoint: VertexEndpoint, input: { url: string; body: unknown; project: string; region: string }): { url: string; body: string } {
  const canonical = endpoint === 'messages' ? '/v1/messages' : '/v1/messages/count_tokens';
  if (typeof input.body !== 'object' || input.body === null || Array.isArray(input.body)) {
    throw new AnthropicError(`Expected the body of POST ${canonical} to be a JSON object for Vertex AI.`);
  }
  if (URL_STRUCTURE.test(input.project)) {
    throw new AnthropicError(`Invalid Vertex AI projectId ${JSON.stringify(input.project)}: it may not contain '/', '?', '#', '%' or spaces.`);
  }
  const url = new URL(input.url);
  url.searchParams.delete('beta');
  const prefix = url.pathname.slice(0, -canonical.length);
  const models = `${prefix}/projects/${input.project}/locations/${input.region}/publishers/anthropic/models`;
  const { model, ...rest } = input.body as Record<string, unknown>;
  let body: Record<string, unknown>;
  if (endpoint === 'messages') {
    if (typeof model !== 'string' || model === '' || URL_STRUCTURE.test(model)) {
      throw new AnthropicError(`Vertex AI needs a model id such as "claude-sonnet-4-5@20250929" in \`model\` (it becomes part of the URL); got ${JSON.stringify(model) ?? 'undefined'}.`);
    }
    url.pathname = `${models}/${model}:${rest['stream'] ? 'streamRawPredict' : 'rawPredict'}`;
    body = rest;
  } else {
    url.pathname = `${models}/count-tokens:rawPredict`;
    body = input.body as Record<string, unknown>;
  }
  return { url: url.toString(), body: JSON.stringify({ anthropic_version: VERTEX_ANTHROPIC_VERSION, ...body }) };
}
