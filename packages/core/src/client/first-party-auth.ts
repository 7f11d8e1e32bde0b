import type { Authenticator } from '../transport/transport-config.js';
import type { Credential } from './resolve-credential.js';

/** The beta every request authenticated with an OAuth token from `credentials` carries. */
const OAUTH_BETA = 'oauth-2025-04-20';

/**
 * How a first-party client authenticates each attempt with its {@link Credential}: a key or token as
 * is. An `apiKey` function (called before every attempt) and a `credentials` provider (through core's
 * credential cache, its token dropped after a 401 so the retry gets a fresh one) need more code,
 * loaded with `import()` when such a client is built: a client with a plain key never carries it.
 *
 * @example
 * const auth = createAuthenticator({ kind: 'apiKey', value: 'sk-ant-…' });
 * auth.authorization(signal); // 'Bearer sk-ant-…'
 */
export function createAuthenticator(credential: Credential): Authenticator {
  if ('value' in credential) {
    const header = `Bearer ${credential.value}`;
    return { authorization: () => header };
  }
  const dynamic = import('./dynamic-credential.js').then((module) => module.dynamicCredential(credential));
  // Never rejects: a failure to load is the first attempt's, below.
  dynamic.catch(() => {});
  const isProvider = credential.kind === 'credentials';
  return {
    beta: isProvider ? OAUTH_BETA : undefined,
    authorization: async (signal) => (await dynamic).authorization(signal),
    rejected: isProvider
      ? (authorization) => {
          void dynamic.then((loaded) => loaded.rejected(authorization));
          return true;
        }
      : undefined,
  };
}
