import { AnthropicError } from '@anth/core';
import {
  createCachedCredential,
  nameUnresolvedHost,
  sendWithToken,
  tokenFetcher,
  type Backend,
  type CachedCredential,
} from '@anth/core/internal';
import type { AnthropicFoundryOptions } from './foundry-options.js';
import { VERSION } from './version.js';

/**
 * The Foundry backend of an `AnthropicFoundry` client. Foundry takes the first-party wire as is
 * (paths under its `/anthropic/` base URL) and serves everything but message batches and models.
 * With an API key, each attempt carries it as `x-api-key` (the one header the official SDK 1.x sends for a
 * key, unless the caller set one); on the Entra ID path
 * it carries `Authorization: Bearer <token>` (unless the caller set one), from a token source loaded
 * on the first request (entra-token-source.ts), with one fresh token and one resend after a 401. A
 * host that does not resolve is reported with the resource that produced it.
 *
 * @example
 * super(options, { backend: createFoundryBackend(options, 'my-resource', 'sk-…'), … });
 */
export function createFoundryBackend(
  options: Pick<AnthropicFoundryOptions, 'azureADTokenProvider' | 'credential'>,
  resource: string | undefined,
  apiKey: string | undefined,
): Backend {
  const origin = resource
    ? `Foundry resource ${JSON.stringify(resource)}: check \`resource\` / ANTHROPIC_FOUNDRY_RESOURCE`
    : 'from `baseURL` / ANTHROPIC_FOUNDRY_BASE_URL';
  let tokens: Promise<CachedCredential<string>> | undefined;
  return {
    name: 'AnthropicFoundry',
    version: VERSION,
    serves: (_method, path) => !path.includes('/v1/messages/batches') && !/\/v1\/models(\/|$)/.test(path),
    served: 'everything but message batches and models',
    async send(request, context) {
      const send = nameUnresolvedHost(context.fetch, origin);
      if (apiKey) {
        const headers = new Headers(request.headers);
        if (!headers.has('x-api-key')) headers.set('x-api-key', apiKey);
        return send(new Request(request, { headers }));
      }
      if (request.headers.has('authorization')) return send(request);
      tokens ??= import('./entra-token-source.js').then(({ entraTokenSource, EntraError }) => {
        const { source, name } = entraTokenSource(options);
        const finalMessages = async (): Promise<string> => {
          try {
            return await source();
          } catch (error) {
            throw error instanceof EntraError ? new AnthropicError(error.message, { cause: error.cause }) : error;
          }
        };
        return createCachedCredential(tokenFetcher(finalMessages, name));
      });
      const cache = await tokens;
      // Read once: a resend after a 401 needs the body again.
      const body = request.body ? await request.arrayBuffer() : null;
      return sendWithToken(
        cache,
        (token) => {
          const headers = new Headers(request.headers);
          headers.set('authorization', `Bearer ${token}`);
          // Every other property (method, signal, fetch options) comes from the request itself.
          return send(new Request(request, { headers, body }));
        },
        context.logger,
      );
    },
  };
}
