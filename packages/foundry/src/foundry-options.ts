import type { ClientOptions } from '@anth/core';

/**
 * An `@azure/identity` `TokenCredential` (structurally: anything with `getToken`), e.g.
 * `DefaultAzureCredential`, `ManagedIdentityCredential`, `ClientSecretCredential`,
 * `InteractiveBrowserCredential`.
 *
 * @example
 * const credential: AzureTokenCredential = new ManagedIdentityCredential();
 */
export interface AzureTokenCredential {
  /** A token for `scopes` (the client asks for `https://ai.azure.com/.default`). */
  getToken(scopes: string | string[], options?: object): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

/**
 * Options of {@link AnthropicFoundry}: the core client options (no `authToken`: Foundry has its own
 * credentials) plus the Foundry endpoint and one way to authenticate.
 *
 * @example
 * new AnthropicFoundry({ resource: 'my-resource', apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY });
 * new AnthropicFoundry({ resource: 'my-resource', credential: new DefaultAzureCredential() });
 */
export interface AnthropicFoundryOptions extends Omit<ClientOptions, 'apiKey' | 'authToken' | 'credentials'> {
  /**
   * The Foundry resource name: requests go to `https://{resource}.services.ai.azure.com/anthropic/`.
   * Default: env `ANTHROPIC_FOUNDRY_RESOURCE`. Not with `baseURL`.
   */
  resource?: string | null | undefined;
  /** The full base URL instead of a resource. Default: env `ANTHROPIC_FOUNDRY_BASE_URL`. Not with `resource`. */
  baseURL?: string | null | undefined;
  /** A Foundry API key, sent as `api-key` (and `x-api-key`). Default: env `ANTHROPIC_FOUNDRY_API_KEY`; `null` skips the env. */
  apiKey?: string | null | undefined;
  /**
   * Entra ID: called for every request, returns a bearer token (e.g.
   * `getBearerTokenProvider(new DefaultAzureCredential(), 'https://ai.azure.com/.default')`). Allows
   * use in browsers (`dangerouslyAllowBrowser` defaults to true). Not with `apiKey` or `credential`.
   */
  azureADTokenProvider?: (() => Promise<string>) | null | undefined;
  /**
   * Entra ID: any `@azure/identity` `TokenCredential`; tokens for the scope
   * `https://ai.azure.com/.default` come through `getBearerTokenProvider` (which refreshes them before
   * they expire). Needs `@azure/identity` installed. Not with `apiKey` or `azureADTokenProvider`.
   *
   * With none of `apiKey`, `azureADTokenProvider`, `credential` (and no `ANTHROPIC_FOUNDRY_API_KEY`),
   * `DefaultAzureCredential` is used.
   */
  credential?: AzureTokenCredential | null | undefined;
}
