import type { Logger } from '@anth/core';
import type { CredentialTools } from '@anth/core/internal';
import type { AnthropicFoundryOptions } from './foundry-options.js';
import { bearerTokenProvider, defaultCredentialTokenProvider } from './load-azure-identity.js';

// Imported with `import()` by the Foundry transport, so it takes what it needs from core as `tools`
// (see CredentialTools) and imports only types: a run-time import of core here would make bundlers
// move all of core out of the entry chunk.

/** Sends one Foundry attempt with an Entra ID token: a 401 gets one new token and one resend. */
export type EntraCredentials = (request: Request, send: (request: Request) => Promise<Response>) => Promise<Response>;

const MISSING_CREDENTIALS =
  'Missing credentials. Please pass one of `apiKey` and `azureTokenProvider`, or set the `ANTHROPIC_FOUNDRY_API_KEY` environment variable.';

/**
 * The Entra ID credentials of a Foundry client without an API key (this module is imported on the
 * first request of such a client only): `azureADTokenProvider`, called for every request; or
 * `credential`, through `@azure/identity`'s `getBearerTokenProvider`; or, with neither,
 * `DefaultAzureCredential`. `@azure/identity` is imported only on those last two paths. A failing
 * source is a clear `AnthropicError` (one it throws itself passes as is).
 *
 * @example
 * const credentials = createEntraCredentials({ azureADTokenProvider }, await loadCredentialTools(), logger);
 * const response = await credentials(request, fetch);
 */
export function createEntraCredentials(
  options: Pick<AnthropicFoundryOptions, 'azureADTokenProvider' | 'credential'>,
  tools: CredentialTools,
  logger?: Logger,
): EntraCredentials {
  const { tokenFetcher, sendWithToken, createCachedCredential } = tools;
  const { source, name } = entraTokenSource(options, tools);
  const tokens = createCachedCredential(tokenFetcher(source, name));
  return async (request, send) => {
    // Read once: a resend after a 401 needs the body again.
    const body = request.body ? await request.arrayBuffer() : null;
    return sendWithToken(
      tokens,
      (token) => {
        const headers = new Headers(request.headers);
        headers.set('authorization', `Bearer ${token}`);
        // Every other property (method, signal, fetch options) comes from the request itself.
        return send(new Request(request, { headers, body }));
      },
      logger,
    );
  };
}

/** Where tokens come from, and how errors name it. */
function entraTokenSource(
  { azureADTokenProvider: provider, credential }: Pick<AnthropicFoundryOptions, 'azureADTokenProvider' | 'credential'>,
  { AnthropicError }: CredentialTools,
): { source: () => Promise<string>; name: string } {
  // A token source whose result must be a non-empty string, as the spec words the error.
  const checked = (source: () => Promise<unknown>, name: string) => async (): Promise<string> => {
    const value = await source();
    if (typeof value === 'string' && value !== '') return value;
    // Says what kind of value it was, never echoing an object (it may hold a token).
    const shown =
      typeof value === 'object' && value !== null
        ? Object.prototype.toString.call(value)
        : typeof value === 'string'
          ? '""'
          : String(value);
    throw new AnthropicError(`Expected ${name} function argument to return a string but it returned ${shown}`);
  };
  // The missing-credentials error of the DefaultAzureCredential fallback, saying what failed.
  const missingCredentials = (what: string, cause: unknown): Error => {
    // @azure/identity lists every credential it tried, one per line: keep them all, on one line.
    const reason = messageOf(cause)
      .replace(/\s*\n\s*/g, ' ')
      .slice(0, 1_000);
    return new AnthropicError(
      `${MISSING_CREDENTIALS} With none of \`apiKey\`, \`azureADTokenProvider\` or \`credential\`, DefaultAzureCredential is tried, but ${what}: ${reason}`,
      { cause },
    );
  };

  if (provider) return { source: checked(provider, 'azureADTokenProvider'), name: 'azureADTokenProvider' };
  if (credential) {
    const load = lazily(
      () => bearerTokenProvider(credential),
      (error) =>
        new AnthropicError(
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
