import type { Route } from '../../route-table.js';
import { countTokens } from '../../routes/count-tokens.js';
import { createMessage } from '../../routes/messages.js';
import type { BackendContext, BackendRequest, EmulatorBackend } from '../emulator-backend.js';
import { createAzureErrorResponse } from './azure-error.js';

const INVALID_KEY =
  'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';
const INVALID_TOKEN =
  'Unauthorized. Access token is missing, invalid, audience is incorrect (https://ai.azure.com), or have expired.';

/**
 * Microsoft Foundry in front of the emulated API: the first-party wire under `/anthropic`
 * (`https://{resource}.services.ai.azure.com/anthropic/v1/messages`, `…/v1/messages/count_tokens`;
 * no batches, no models), JSON or SSE, with the first-party `anthropic-version` check. Auth: an
 * `x-api-key` header (what the official SDK 1.x sends) or Azure's `api-key` from `apiKeys`, or an
 * Entra ID `Authorization: Bearer` token from `authTokens`. Auth errors have Azure's shape.
 *
 * @example
 * const emulator = createEmulatorFetch({ backend: 'foundry', apiKeys: ['foundry-key'] });
 */
export function createFoundryBackend(context: BackendContext): EmulatorBackend {
  const routes: Route[] = [
    { pattern: /^\/anthropic\/v1\/messages$/, methods: { POST: createMessage } },
    { pattern: /^\/anthropic\/v1\/messages\/count_tokens$/, methods: { POST: countTokens } },
  ];
  return {
    routes,
    requiresVersionHeader: true,
    authenticate: ({ recorded }: BackendRequest) => {
      if (!context.options.requireAuth) return undefined;
      const key = recorded.headers.get('x-api-key') ?? recorded.headers.get('api-key');
      const token = /^Bearer\s+(.+)$/i.exec(recorded.headers.get('authorization') ?? '')?.[1];
      if (key !== null && context.options.apiKeys.includes(key) && !context.isExpired(key)) return undefined;
      if (token !== undefined && context.options.authTokens.includes(token) && !context.isExpired(token))
        return undefined;
      return createAzureErrorResponse(401, token !== undefined ? INVALID_TOKEN : INVALID_KEY);
    },
  };
}
