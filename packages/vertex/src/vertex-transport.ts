import { AnthropicError, type Logger, type MiddlewareContext } from '@anth/core';
import { loadCredentialTools, nameUnresolvedHost, rebuildRequest } from '@anth/core/internal';
import type { GoogleCredentials } from './google-credentials.js';
import { rewriteVertexRequest, VERTEX_PATH } from './rewrite-vertex-request.js';
import type { AnthropicVertexOptions } from './vertex-options.js';

/** One attempt of a Vertex client: the canonical request in, Vertex's response out; `send` does the fetch. */
export type VertexTransport = (
  request: Request,
  context: MiddlewareContext,
  send: (request: Request) => Promise<Response>,
) => Promise<Response>;

const MISSING_PROJECT =
  'No projectId was given and it could not be resolved from credentials. The client should be instantiated with the `projectId` option or the `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set.';

/**
 * The Vertex step of every attempt, run after all middleware: takes the canonical first-party
 * request, refuses endpoints Vertex lacks (before any network call), rewrites URL and body for Vertex
 * ({@link rewriteVertexRequest}), adds the credentials under the request's own headers (an explicit
 * `Authorization` wins, and then no credential is fetched), and sends it. A static `accessToken` is
 * sent as is; every other credential (a token provider, google-auth-library) lives in a module
 * imported on the first request that needs it. A host that does not resolve is reported with the
 * region that produced it.
 *
 * @param options the client's options: where the credentials come from
 * @param region the Vertex AI location
 * @param projectId the configured project (option or env); `null` to learn it from the credentials
 * @param customBaseURL true when the base URL came from `baseURL`/`ANTHROPIC_VERTEX_BASE_URL` rather than the region
 * @param logger the client's logger
 *
 * @example
 * const transport = createVertexTransport(options, 'us-east5', 'my-project', false, logger);
 * const response = await transport(request, context, (outgoing) => fetch(outgoing));
 */
export function createVertexTransport(
  options: AnthropicVertexOptions,
  region: string,
  projectId: string | null,
  customBaseURL: boolean,
  logger: Logger,
): VertexTransport {
  const origin = customBaseURL
    ? 'from `baseURL` / ANTHROPIC_VERTEX_BASE_URL'
    : `Vertex AI in region ${JSON.stringify(region)}: check \`region\` / CLOUD_ML_REGION`;
  let credentials: Promise<GoogleCredentials> | undefined;

  return async (request, context, send) => {
    const url = new URL(request.url);
    if (request.method !== 'POST' || !VERTEX_PATH.test(url.pathname)) {
      const [path = ''] = context.options.path.split('?', 1);
      const endpoint = `${request.method} ${path}`;
      throw new AnthropicError(
        path.includes('/v1/messages/batches')
          ? `The Batch API is not supported in the Vertex client yet (${endpoint}).`
          : `${endpoint} is not supported in the Vertex client: Vertex AI serves only messages (create, stream) and count_tokens.`,
      );
    }
    // Not JSON at all is reported with any other body that is not an object.
    const body: unknown = await request.json().catch(() => undefined);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new AnthropicError('Vertex AI needs a JSON object as the request body.');

    const sendNamingHost = nameUnresolvedHost(send, origin);
    const build = (credentialHeaders: Record<string, string>, credentialsProject?: string): Request => {
      const project = projectId ?? credentialsProject;
      if (!project) throw new AnthropicError(MISSING_PROJECT);
      const headers = new Headers(credentialHeaders);
      request.headers.forEach((value, name) => headers.set(name, value));
      return rebuildRequest(request, {
        ...rewriteVertexRequest(url, body as Record<string, unknown>, project, region),
        headers,
      });
    };
    if (request.headers.has('authorization')) return sendNamingHost(build({}));
    const { accessToken } = options;
    if (typeof accessToken === 'string') return sendNamingHost(build({ authorization: `Bearer ${accessToken}` }));
    // The module and core's credential tools load in parallel; the module takes the tools rather than importing core.
    credentials ??= Promise.all([import('./google-credentials.js'), loadCredentialTools()]).then(([module, tools]) =>
      module.createGoogleCredentials(options, tools, logger),
    );
    return (await credentials)(build, sendNamingHost);
  };
}
