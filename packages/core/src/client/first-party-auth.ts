import { providerTokens } from '../auth/provider-tokens.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { raceAbort } from '../transport/race-abort.js';
import type { Authenticator } from '../transport/transport-config.js';
import { checkedSecret, type Credential } from './resolve-credential.js';

/** The beta every request authenticated with an OAuth token from `credentials` carries. */
const OAUTH_BETA = 'oauth-2025-04-20';

/**
 * How a first-party client authenticates each attempt with its {@link Credential}: a key or token as
 * is; an `apiKey` function called before every attempt; a `credentials` provider through core's
 * credential cache, whose token is dropped after a 401 so the retry gets a fresh one.
 *
 * @example
 * const auth = createAuthenticator({ kind: 'apiKey', value: 'sk-ant-…' });
 * auth.authorization(signal); // 'Bearer sk-ant-…'
 */
export function createAuthenticator(credential: Credential): Authenticator {
  switch (credential.kind) {
    case 'apiKey':
    case 'authToken': {
      const header = `Bearer ${credential.value}`;
      return { authorization: () => header };
    }
    case 'apiKeyFunction':
      return { authorization: (signal) => callKeyFunction(credential.get, signal) };
    case 'credentials': {
      const tokens = providerTokens(credential.provider);
      return {
        beta: OAUTH_BETA,
        authorization: async (signal) => `Bearer ${await tokens.get(signal)}`,
        rejected: (authorization) => {
          tokens.invalidate(authorization.slice('Bearer '.length));
          return true;
        },
      };
    }
  }
}

/** Calls the `apiKey` function for one attempt; it must give a non-empty string before the attempt's timeout. */
async function callKeyFunction(get: () => string | Promise<string>, signal: AbortSignal): Promise<string> {
  let value: unknown;
  try {
    value = await raceAbort(get(), signal);
  } catch (error) {
    if (signal.aborted && error === signal.reason) {
      throw new AnthropicError(
        'The `apiKey` function did not return a key before the request was aborted or timed out.',
        {
          cause: error,
        },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new AnthropicError(`The \`apiKey\` function threw: ${reason}`, { cause: error });
  }
  return `Bearer ${checkedSecret('The value returned by the `apiKey` function', value)}`;
}
