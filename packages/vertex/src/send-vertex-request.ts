import { AnthropicError, type Logger, type MiddlewareContext } from '@anth/core';
import { nameUnresolvedHost, rebuildRequest, sendWithToken } from '@anth/core/internal';
import type { GoogleCredentials } from './google-credentials.js';
import { rewriteVertexRequest, vertexEndpoint } from './rewrite-vertex-request.js';

/** What the Vertex transport step needs from its client. */
export interface VertexTarget {
  region: string;
  /** The configured project (option or env); `null` to learn it from the credentials. */
  projectId: string | null;
  /** True when the base URL came from `baseURL`/`ANTHROPIC_VERTEX_BASE_URL` rather than the region. */
  customBaseURL: boolean;
  credentials: GoogleCredentials;
  logger?: Logger | undefined;
}

const MISSING_PROJECT =
  'No projectId was given and it could not be resolved from credentials. The client should be instantiated with the `projectId` option or the `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set.';

/**
 * The Vertex step of one attempt, run after all middleware: takes the canonical first-party request,
 * refuses endpoints Vertex lacks (before any network call), rewrites URL and body for Vertex, adds the
 * Google credentials (under the request's own headers, so an explicit `Authorization` wins and then
 * no credential is fetched), and sends it with `send`. A 401 with a refreshable token gets one new
 * token and one resend. A host that does not resolve is reported with the region that produced it.
 *
 * @example
 * override sendRequest(request, context) { return sendVertexRequest(this.target, request, context, (r) => super.sendRequest(r, context)); }
 */
export async function sendVertexRequest(target: VertexTarget, request: Request, context: MiddlewareContext, send: (request: Request) => Promise<Response>): Promise<Response> {
  const endpoint = vertexEndpoint(request.method, new URL(request.url).pathname, context.options.path);
  const text = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new AnthropicError(`Expected a JSON body for POST /v1/messages${endpoint === 'count_tokens' ? '/count_tokens' : ''} on Vertex AI.`, { cause: error });
  }

  const build = (credentialHeaders: Record<string, string>): Request => {
    const project = target.projectId ?? target.credentials.project();
    if (!project) throw new AnthropicError(MISSING_PROJECT);
    const rewritten = rewriteVertexRequest(endpoint, { url: request.url, body, project, region: target.region });
    const headers = new Headers(credentialHeaders);
    request.headers.forEach((value, name) => headers.set(name, value));
    return rebuildRequest(request, { url: rewritten.url, headers, body: rewritten.body });
  };
  const sendNamingHost = nameUnresolvedHost(send, (host) => {
    const origin = target.customBaseURL
      ? 'the host of the `baseURL` option / ANTHROPIC_VERTEX_BASE_URL'
      : `the Vertex AI endpoint for region ${JSON.stringify(target.region)}; check the \`region\` option or the CLOUD_ML_REGION environment variable`;
    return `Could not resolve host ${host} (${origin}).`;
  });

  if (request.headers.has('authorization')) return sendNamingHost(build({}));
  const { credentials } = target;
  return sendWithToken(credentials.authorization, (authorization) => sendNamingHost(build({ ...credentials.extraHeaders(), authorization })), target.logger);
}
