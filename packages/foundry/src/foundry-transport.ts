import { AnthropicError, type Logger, type MiddlewareContext } from '@anth/core';
import { loadCredentialTools, nameUnresolvedHost } from '@anth/core/internal';
import type { EntraCredentials } from './entra-credentials.js';
import type { AnthropicFoundryOptions } from './foundry-options.js';

/** One attempt of a Foundry client: the canonical request in, Foundry's response out; `send` does the fetch. */
export type FoundryTransport = (
  request: Request,
  context: MiddlewareContext,
  send: (request: Request) => Promise<Response>,
) => Promise<Response>;

/**
 * The Foundry step of every attempt, run after all middleware. Foundry takes the first-party wire as
 * is (paths under its `/anthropic/` base URL), so this refuses, before any network call, the
 * endpoints Foundry does not serve (message batches and models), and on the Entra ID path adds
 * `Authorization: Bearer <token>` (unless the caller set one): that path lives in a module imported
 * on the first request that needs it. A host that does not resolve is reported with the resource
 * that produced it.
 *
 * @param options the client's options: where Entra ID tokens come from
 * @param resource the resource the base URL was built from; undefined for an explicit base URL
 * @param entra true when the client authenticates with Entra ID rather than an API key
 * @param logger the client's logger
 *
 * @example
 * const transport = createFoundryTransport(options, 'my-resource', false, logger);
 * const response = await transport(request, context, (outgoing) => fetch(outgoing));
 */
export function createFoundryTransport(
  options: AnthropicFoundryOptions,
  resource: string | undefined,
  entra: boolean,
  logger: Logger,
): FoundryTransport {
  const origin = resource
    ? `Foundry resource ${JSON.stringify(resource)}: check \`resource\` / ANTHROPIC_FOUNDRY_RESOURCE`
    : 'from `baseURL` / ANTHROPIC_FOUNDRY_BASE_URL';
  let credentials: Promise<EntraCredentials> | undefined;

  return async (request, context, send) => {
    // The canonical path, without its query (an absolute URL counts by its path).
    const { pathname } = new URL(context.options.path, 'http://localhost');
    const api = pathname.includes('/v1/messages/batches')
      ? 'Batch'
      : /\/v1\/models(\/|$)/.test(pathname)
        ? 'Models'
        : '';
    if (api)
      throw new AnthropicError(
        `The ${api} API is not supported in the Foundry client yet (${request.method} ${pathname}).`,
      );
    const sendNamingHost = nameUnresolvedHost(send, origin);
    if (!entra || request.headers.has('authorization')) return sendNamingHost(request);
    // The module and core's credential tools load in parallel; the module takes the tools rather than importing core.
    credentials ??= Promise.all([import('./entra-credentials.js'), loadCredentialTools()]).then(([module, tools]) =>
      module.createEntraCredentials(options, tools, logger),
    );
    return (await credentials)(request, sendNamingHost);
  };
}
