import { Anthropic, AnthropicError } from '@anth/core';
import { readEnv, refuseOptions } from '@anth/core/internal';
import { createFoundryBackend } from './foundry-backend.js';
import { foundryEndpoint } from './foundry-base-url.js';
import type { AnthropicFoundryOptions } from './foundry-options.js';

/** First-party credential options Foundry does not take (`apiKey` it does: its own key). */
const REFUSED_CREDENTIALS = ['authToken', 'credentials', 'config', 'profile'];

/**
 * The Anthropic API on Microsoft Foundry. A core client, so every resource works with it
 * (`new Messages(new AnthropicFoundry({ resource }))`). Foundry speaks the first-party wire under
 * `https://{resource}.services.ai.azure.com/anthropic/`; message batches and models are not served
 * and fail before any network call.
 *
 * Credentials (exactly one): `apiKey` (or env `ANTHROPIC_FOUNDRY_API_KEY`), `azureADTokenProvider`,
 * or `credential` (an `@azure/identity` `TokenCredential`); with none, `DefaultAzureCredential`.
 * `@azure/identity` is loaded only on those last two paths, and nothing but the key is loaded on the
 * first. `ANTHROPIC_API_KEY` / `ANTHROPIC_AUTH_TOKEN` are never sent to Azure.
 *
 * @example
 * const client = new AnthropicFoundry({ resource: 'my-resource', apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY });
 * const message = await new Messages(client).create({ model: 'claude-opus-4-6', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }] });
 */
export class AnthropicFoundry extends Anthropic<AnthropicFoundryOptions> {
  /** The Foundry resource name, when the base URL was built from one. */
  readonly resource: string | undefined;

  constructor(options: AnthropicFoundryOptions = {}) {
    refuseOptions(
      'AnthropicFoundry',
      options,
      REFUSED_CREDENTIALS,
      'pass `apiKey` (a Foundry key), `azureADTokenProvider` or `credential`.',
    );
    const { baseURL, resource } = foundryEndpoint(options);
    const [first, second] = (['apiKey', 'azureADTokenProvider', 'credential'] as const).filter((name) => options[name]);
    if (second)
      throw new AnthropicError(
        `The \`${first}\` and \`${second}\` arguments are mutually exclusive; only one can be passed at a time.`,
      );
    const { azureADTokenProvider: provider, credential } = options;
    if (provider && typeof provider !== 'function')
      throw new AnthropicError('azureADTokenProvider must be a function.');
    if (credential && typeof credential.getToken !== 'function')
      throw new AnthropicError('credential must be a TokenCredential (an object with getToken).');
    // The caller chose Entra ID: its tokens belong to the signed-in user, not to the app, so browsers may use them.
    const choseEntra = Boolean(provider || credential);
    const apiKey = choseEntra
      ? undefined
      : options.apiKey || (options.apiKey === null ? undefined : readEnv('ANTHROPIC_FOUNDRY_API_KEY'));
    super(options, {
      backend: createFoundryBackend(options, resource, apiKey),
      baseURL,
      credentialOptions: ['apiKey', 'azureADTokenProvider', 'credential'],
      allowBrowser: choseEntra || undefined,
      authDescription: apiKey ? 'Foundry API key' : 'Entra ID',
    });
    this.resource = resource;
  }
}
