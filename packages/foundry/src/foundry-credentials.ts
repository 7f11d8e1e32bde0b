import { AnthropicError } from '@anth/core';
import { createCachedToken, readEnv, type CachedToken } from '@anth/core/internal';
import type { AnthropicFoundryOptions } from './foundry-options.js';
import { bearerTokenProvider, defaultCredentialTokenProvider } from './load-azure-identity.js';

/** How a Foundry client authenticates: an API key, or Entra ID bearer tokens. */
export interface FoundryCredentials {
  /** Sent as `api-key` and `x-api-key`; undefined on the Entra ID path. */
  apiKey: string | undefined;
  /** Entra ID bearer tokens, fetched per request; undefined with an API key. */
  tokens: CachedToken | undefined;
  /** True when the caller chose Entra ID (`azureADTokenProvider` or `credential`), which browsers may use. */
  userChoseEntra: boolean;
}

const MISSING_CREDENTIALS = 'Missing credentials. Please pass one of `apiKey` and `azureTokenProvider`, or set the `ANTHROPIC_FOUNDRY_API_KEY` environment variable.';

/**
 * Picks the one credential of a Foundry client. `apiKey`, `azureADTokenProvider` and `credential`
 * are mutually exclusive; with none of them, `ANTHROPIC_FOUNDRY_API_KEY` (unless `apiKey: null`),
 * else `DefaultAzureCredential`. Entra ID token sources are wrapped so a failure is a clear
 * `AnthropicError` (one the source throws itself passes as is), and `@azure/identity` is imported
 * only when the first request needs a token.
 *
 * @example
 * createFoundryCredentials({ apiKey: 'key' }); // { apiKey: 'key', tokens: undefined, userChoseEntra: false }
 */
export function createFoundryCredentials(options: Pick<AnthropicFoundryOptions, 'apiKey' | 'azureADTokenProvider' | 'credential'>): FoundryCredentials {
  const given = (['apiKey', 'azureADTokenProvider', 'credential'] as const).filter((name) => options[name]);
  if (given.length > 1) {
    throw new AnthropicError(`The \`${given[0]}\` and \`${given[1]}\` arguments are mutually exclusive; only one can be passed at a time.`);
  }
  const { azureADTokenProvider: provider, credential } = options;
  if (provider) {
    if (typeof provider !== 'function') throw new AnthropicError('azureADTokenProvider must be a function returning a Promise of a token string.');
    return { apiKey: undefined, tokens: createCachedToken(() => callTokenSource(provider, 'azureADTokenProvider')), userChoseEntra: true };
  }
  if (credential) {
    if (typeof credential.getToken !== 'function') throw new AnthropicError('credential must be an @azure/identity TokenCredential (an object with getToken).');
    const source = lazily(() => bearerTokenProvider(credential), (error) => new AnthropicError(`The \`credential\` option needs @azure/identity, an optional peer dependency of @anth/foundry: ${messageOf(error)}`, { cause: error }));
    return { apiKey: undefined, tokens: createCachedToken(async () => callTokenSource(await source(), 'credential')), userChoseEntra: true };
  }
  const apiKey = options.apiKey || (options.apiKey === null ? undefined : readEnv('ANTHROPIC_FOUNDRY_API_KEY'));
  if (apiKey) return { apiKey, tokens: undefined, userChoseEntra: false };
  const fallback = lazily(defaultCredentialTokenProvider, (error) => missingCredentials('@azure/identity could not be loaded', error));
  const tokens = createCachedToken(async () => {
    const getToken = await fallback();
    try {
      return await callTokenSource(getToken, 'DefaultAzureCredential');
    } catch (error) {
      throw missingCredentials('DefaultAzureCredential could not get a token', (error as { cause?: unknown }).cause ?? error);
    }
  });
  return { apiKey: undefined, tokens, userChoseEntra: false };
}

/** Calls a token source: a non-empty string, or an `AnthropicError` saying what went wrong. */
async function callTokenSource(source: () => Promise<string>, name: string): Promise<string> {
  let value: unknown;
  try {
    value = await source();
  } catch (error) {
    if (error instanceof AnthropicError) throw error;
    throw new AnthropicError(`Failed to get token from ${name}: ${messageOf(error)}`, { cause: error });
  }
  if (typeof value !== 'string' || value === '') {
    // Says what kind of value it was, never echoing an object (it may hold a token).
    const shown = typeof value === 'object' && value !== null ? Object.prototype.toString.call(value) : typeof value === 'string' ? '""' : String(value);
    throw new AnthropicError(`Expected ${name} function argument to return a string but it returned ${shown}`);
  }
  return value;
}

function missingCredentials(what: string, cause: unknown): AnthropicError {
  // @azure/identity lists every credential it tried, one per line: keep them all, on one line.
  const reason = messageOf(cause).replace(/\s*\n\s*/g, ' ').slice(0, 1_000);
  return new AnthropicError(`${MISSING_CREDENTIALS} With none of \`apiKey\`, \`azureADTokenProvider\` or \`credential\`, DefaultAzureCredential is tried, but ${what}: ${reason}`, { cause });
}

/** Runs `load` on first use and keeps its result; a failure is mapped and tried again next time. */
function lazily<T>(load: () => Promise<T>, mapError: (error: unknown) => Error): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw mapError(error);
    });
    return pending;
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
