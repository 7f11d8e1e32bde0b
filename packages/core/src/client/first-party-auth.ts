import type { Authenticator } from '../transport/transport-config.js';
import { dynamicCredential } from './dynamic-credential.js';
import type { Credential } from './resolve-credential.js';

/** The beta every request authenticated with an OAuth token from `credentials` carries. */
const OAUTH_BETA = 'oauth-2025-04-20';

/**
 * How a first-party client authenticates each attempt with its {@link Credential}: a key or token as
 * is; an `apiKey` function, called before every attempt; a `credentials` provider, through core's
 * credential cache, its token dropped after a 401 so the retry gets a fresh one.
 *
 * (Loading the last two with `import()` was measured: bundlers then split what they share with the
 * entry into a chunk of its own, which costs more than the code it would keep out.)
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
  const { authorization, rejected } = dynamicCredential(credential);
  const isProvider = credential.kind === 'credentials';
  return {
    beta: isProvider ? OAUTH_BETA : undefined,
    authorization,
    rejected: isProvider ? (value) => (rejected(value), true) : undefined,
  };
}
