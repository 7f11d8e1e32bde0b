import type { AzureTokenCredential } from './foundry-options.js';

/** The scope of Foundry's Entra ID tokens. */
export const FOUNDRY_SCOPE = 'https://ai.azure.com/.default';

type AzureIdentity = typeof import('@azure/identity');

/**
 * Loads `@azure/identity` (an optional peer dependency, so only here, on the Entra ID path) and
 * returns its module. Throws the import's error when it is not installed or cannot load (edge runtimes).
 *
 * @example
 * const { getBearerTokenProvider } = await loadAzureIdentity();
 */
export async function loadAzureIdentity(): Promise<AzureIdentity> {
  const library: Partial<AzureIdentity> & { default?: AzureIdentity } = await import('@azure/identity');
  // Namespace of an ES module, or (through some bundlers' CommonJS interop) its default export.
  return typeof library.getBearerTokenProvider === 'function'
    ? (library as AzureIdentity)
    : (library.default as AzureIdentity);
}

/**
 * `getBearerTokenProvider(credential, 'https://ai.azure.com/.default')`: a token function that caches
 * the credential's token and refreshes it shortly before it expires.
 *
 * @example
 * const getToken = await bearerTokenProvider(new ManagedIdentityCredential());
 */
export async function bearerTokenProvider(credential: AzureTokenCredential): Promise<() => Promise<string>> {
  const { getBearerTokenProvider } = await loadAzureIdentity();
  return getBearerTokenProvider(credential as Parameters<AzureIdentity['getBearerTokenProvider']>[0], FOUNDRY_SCOPE);
}

/**
 * The token function of `DefaultAzureCredential` (environment, workload identity, managed identity,
 * Azure CLI, …) for Foundry's scope.
 *
 * @example
 * const getToken = await defaultCredentialTokenProvider();
 */
export async function defaultCredentialTokenProvider(): Promise<() => Promise<string>> {
  const { DefaultAzureCredential, getBearerTokenProvider } = await loadAzureIdentity();
  return getBearerTokenProvider(new DefaultAzureCredential(), FOUNDRY_SCOPE);
}
