import { AnthropicError, type Logger, type MiddlewareContext } from '@anth/core';
import { nameUnresolvedHost, rebuildRequest, sendWithToken, type CachedToken } from '@anth/core/internal';

/** What the Foundry transport step needs from its client. */
export interface FoundryTarget {
  /** Entra ID tokens; undefined on the API-key path (the key is already in the request's headers). */
  tokens: CachedToken | undefined;
  /** The resource the base URL was built from; undefined for an explicit base URL. */
  resource: string | undefined;
  logger?: Logger | undefined;
}

/**
 * Refuses, before any network call, the endpoints Foundry does not serve: message batches and models.
 * Names the endpoint and the backend.
 *
 * @example
 * assertFoundryEndpoint('GET', '/v1/models'); // throws AnthropicError
 */
export function assertFoundryEndpoint(method: string, canonicalPath: string): void {
  const path = pathOf(canonicalPath);
  const endpoint = `${method} ${path}`;
  if (path.includes('/v1/messages/batches')) throw new AnthropicError(`The Batch API is not supported in the Foundry client yet (${endpoint}).`);
  if (/\/v1\/models(\/|$)/.test(path)) throw new AnthropicError(`The Models API is not supported in the Foundry client yet (${endpoint}).`);
}

/**
 * The Foundry step of one attempt, run after all middleware. Foundry takes the first-party wire as is
 * (paths under its `/anthropic/` base URL), so this only refuses unsupported endpoints and, on the
 * Entra ID path, adds `Authorization: Bearer <token>` (unless the caller set one): a 401 gets one new
 * token and one resend. A host that does not resolve is reported with the resource that produced it.
 *
 * @example
 * override sendRequest(request, context) { return sendFoundryRequest(this.target, request, context, (r) => super.sendRequest(r, context)); }
 */
export async function sendFoundryRequest(target: FoundryTarget, request: Request, context: MiddlewareContext, send: (request: Request) => Promise<Response>): Promise<Response> {
  assertFoundryEndpoint(request.method, context.options.path);
  const sendNamingHost = nameUnresolvedHost(send, (host) => {
    const origin = target.resource
      ? `the Foundry endpoint of resource ${JSON.stringify(target.resource)}; check the \`resource\` option or the ANTHROPIC_FOUNDRY_RESOURCE environment variable`
      : 'the host of the `baseURL` option / ANTHROPIC_FOUNDRY_BASE_URL';
    return `Could not resolve host ${host} (${origin}).`;
  });
  const { tokens } = target;
  if (!tokens || request.headers.has('authorization')) return sendNamingHost(request);
  // Read once: a resend after a 401 needs the body again.
  const body = request.body ? await request.arrayBuffer() : null;
  return sendWithToken(
    tokens,
    (token) => {
      const headers = new Headers(request.headers);
      headers.set('authorization', `Bearer ${token}`);
      return sendNamingHost(rebuildRequest(request, { headers, body }));
    },
    target.logger,
  );
}

function pathOf(canonicalPath: string): string {
  const withoutQuery = canonicalPath.split('?', 1)[0] ?? canonicalPath;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(withoutQuery) ? new URL(withoutQuery).pathname : withoutQuery;
}
