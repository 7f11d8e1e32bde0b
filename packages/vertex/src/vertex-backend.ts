import { AnthropicError } from '@anth/core';
import { nameUnresolvedHost, rebuildRequest, type Backend } from '@anth/core/internal';
import { rewriteVertexRequest } from './rewrite-vertex-request.js';
import { createVertexCredentials } from './vertex-credentials.js';
import type { AnthropicVertexOptions } from './vertex-options.js';
import { VERSION } from './version.js';

const MISSING_PROJECT =
  'No projectId was given and it could not be resolved from credentials. The client should be instantiated with the `projectId` option or the `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set.';

/** Where a Vertex client sends: its region, its project (or `null`, from the credentials), and whether the base URL was set by hand. */
export interface VertexTarget {
  region: string;
  projectId: string | null;
  customBaseURL: boolean;
}

/**
 * The Vertex AI backend of an `AnthropicVertex` client: serves messages (create, stream) and
 * count_tokens; each attempt's canonical request is rewritten for Vertex
 * ({@link rewriteVertexRequest}: the `anthropic-version` header becomes the body's `anthropic_version`),
 * given the credentials under the request's own headers (an explicit `Authorization` wins, and then no
 * credential is fetched) and sent. A host that does not resolve is
 * reported with the region that produced it.
 *
 * @example
 * super(options, { backend: createVertexBackend(options, { region: 'us-east5', projectId: 'my-project', customBaseURL: false }), … });
 */
export function createVertexBackend(options: AnthropicVertexOptions, target: VertexTarget): Backend {
  const { region, projectId, customBaseURL } = target;
  const origin = customBaseURL
    ? 'from `baseURL` / ANTHROPIC_VERTEX_BASE_URL'
    : `Vertex AI in region ${JSON.stringify(region)}: check \`region\` / CLOUD_ML_REGION`;
  const credentials = createVertexCredentials(options);
  return {
    name: 'AnthropicVertex',
    version: VERSION,
    serves: (method, path) => method === 'POST' && (path === '/v1/messages' || path === '/v1/messages/count_tokens'),
    served: 'messages (create, stream) and count_tokens',
    async send(request, context) {
      const url = new URL(request.url);
      // Not JSON at all is reported with any other body that is not an object.
      const body: unknown = await request.json().catch(() => undefined);
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new AnthropicError('Vertex AI needs a JSON object as the request body.');
      const send = nameUnresolvedHost(context.fetch, origin);
      const build = (credentialHeaders: Record<string, string>, credentialsProject?: string): Request => {
        const project = projectId ?? credentialsProject;
        if (!project) throw new AnthropicError(MISSING_PROJECT);
        const headers = new Headers(credentialHeaders);
        request.headers.forEach((value, name) => headers.set(name, value));
        // Vertex takes the API version in the body, never as a header (official SDK 1.x).
        headers.delete('anthropic-version');
        const version = request.headers.get('anthropic-version');
        return rebuildRequest(request, {
          ...rewriteVertexRequest(url, body as Record<string, unknown>, project, region, version),
          headers,
        });
      };
      if (request.headers.has('authorization')) return send(build({}));
      return credentials(({ headers, project }) => send(build(headers, project)), context.logger);
    },
  };
}
