import { providerTokens } from '../auth/provider-tokens.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { raceAbort } from '../transport/race-abort.js';
import { checkedSecret, type Credential } from './resolve-credential.js';

/** One attempt's `Authorization` value from a credential that changes, and what to do after a 401. */
export interface DynamicCredential {
  authorization(signal: AbortSignal): Promise<string>;
  /** The server rejected `authorization`: a provider's token is dropped, so the next attempt gets a fresh one. */
  rejected(authorization: string): void;
}

/**
 * The `Authorization` of an `apiKey` function (called before every attempt; it must give a non-empty,
 * header-safe string before the attempt's timeout) or of a `credentials` provider (cached tokens).
 * Failures are `AnthropicError`s naming the option, with the cause kept and the value never shown.
 *
 * @example
 * const credential = dynamicCredential({ kind: 'apiKeyFunction', get: () => vault.read('anthropic') });
 * const header = await credential.authorization(signal); // 'Bearer sk-ant-…'
 */
export function dynamicCredential(credential: Exclude<Credential, { value: string }>): DynamicCredential {
  if (credential.kind === 'credentials') {
    const tokens = providerTokens(credential.provider);
    return {
      authorization: async (signal) => `Bearer ${await tokens.get(signal)}`,
      rejected: (authorization) => tokens.invalidate(authorization.slice('Bearer '.length)),
    };
  }
  const get = credential.get;
  return {
    async authorization(signal) {
      let value: unknown;
      try {
        value = await raceAbort(get(), signal);
      } catch (error) {
        if (signal.aborted && error === signal.reason) {
          throw new AnthropicError(
            'The `apiKey` function did not return a key before the request was aborted or timed out.',
            { cause: error },
          );
        }
        const reason = error instanceof Error ? error.message : String(error);
        throw new AnthropicError(`The \`apiKey\` function threw: ${reason}`, { cause: error });
      }
      return `Bearer ${checkedSecret('The value returned by the `apiKey` function', value)}`;
    },
    rejected: () => {},
  };
}
