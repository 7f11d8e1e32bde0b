import type { AnthropicFoundryOptions } from './foundry-options.js';
import { bearerTokenProvider, defaultCredentialTokenProvider } from './load-azure-identity.js';

// Loaded with `import()` on the first request of a Foundry client without an API key: a plain
// adapter to `@azure/identity` that imports nothing from @anth/core. Failures whose message is
// final are `EntraError`s, which the caller turns into the SDK's `AnthropicError`; anything else is
// the token source's own failure.

const MISSING_CREDENTIALS =
  'Missing credentials. Please pass one of `apiKey` and `azureTokenProvider`, or set the `ANTHROPIC_FOUNDRY_API_KEY` environment variable.';

/** A failure with a message meant for the user as is (configuration, not a passing fault). */
export class EntraError extends Error {}

/** A source of Entra ID tokens, and the name errors give it. */
export interface EntraTokenSource {
  source: () => Promise<string>;
  name: string;
}

/**
 * Where a Foundry client's Entra ID tokens come from: `azureADTokenProvider`, called for every
 * request; or `credential`, through `@azure/identity`'s `getBearerTokenProvider`; or, with neither,
 * `DefaultAzureCredential`. `@azure/identity` is imported only on those last two paths. Each token
 * must be a non-empty string.
 *
 * @example
 * const { source, name } = entraTokenSource({ azureADTokenProvider });
 * const token = await source();
 */
export function entraTokenSource({
  azureADTokenProvider: provider,
  credential,
}: Pick<AnthropicFoundryOptions, 'azureADTokenProvider' | 'credential'>): EntraTokenSource {
  if (provider) return { source: checked(provider, 'azureADTokenProvider'), name: 'azureADTokenProvider' };
  if (credential) {
    const load = lazily(
      () => bearerTokenProvider(credential),
      (error) =>
        new EntraError(
          `The \`credential\` option needs @azure/identity, an optional peer dependency of @anth/foundry: ${messageOf(error)}`,
          { cause: error },
        ),
    );
    return { source: async () => checked(await load(), 'credential')(), name: 'credential' };
  }
  const load = lazily(defaultCredentialTokenProvider, (error) =>
    missingCredentials('@azure/identity could not be loaded', error),
  );
  const source = async (): Promise<string> => {
    const getToken = await load();
    try {
      return await checked(getToken, 'DefaultAzureCredential')();
    } catch (error) {
      throw missingCredentials('DefaultAzureCredential could not get a token', error);
    }
  };
  return { source, name: 'DefaultAzureCredential' };
}

/** A token source whose result must be a non-empty string, as the spec words the error. */
function checked(source: () => Promise<unknown>, name: string): () => Promise<string> {
  return async () => {
    const value = await source();
    if (typeof value === 'string' && value !== '') return value;
    // Says what kind of value it was, never echoing an object (it may hold a token).
    const shown =
      typeof value === 'object' && value !== null
        ? Object.prototype.toString.call(value)
        : typeof value === 'string'
          ? '""'
          : String(value);
    throw new EntraError(`Expected ${name} function argument to return a string but it returned ${shown}`);
  };
}

/** The missing-credentials error of the DefaultAzureCredential fallback, saying what failed. */
function missingCredentials(what: string, cause: unknown): EntraError {
  // @azure/identity lists every credential it tried, one per line: keep them all, on one line.
  const reason = messageOf(cause)
    .replace(/\s*\n\s*/g, ' ')
    .slice(0, 1_000);
  return new EntraError(
    `${MISSING_CREDENTIALS} With none of \`apiKey\`, \`azureADTokenProvider\` or \`credential\`, DefaultAzureCredential is tried, but ${what}: ${reason}`,
    { cause },
  );
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
