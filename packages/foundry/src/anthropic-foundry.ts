import { Anthropic, AnthropicError, type HeadersInit, type MiddlewareContext } from '@anth/core';
import { readEnv } from '@anth/core/internal';
import { foundryEndpoint } from './foundry-base-url.js';
import type { AnthropicFoundryOptions } from './foundry-options.js';
import { createFoundryTransport, type FoundryTransport } from './foundry-transport.js';
import { VERSION } from './version.js';

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
 * const message = await new Messages(client).create({ model: 'claude-sonnet-4-5', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }] });
 */
export class AnthropicFoundry extends Anthropic {
  /** The Foundry resource name, when the base URL was built from one. */
  readonly resource: string | undefined;
  private readonly foundryOptions: AnthropicFoundryOptions;
  private readonly transport: FoundryTransport;

  constructor(options: AnthropicFoundryOptions = {}) {
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
    const {
      resource: _resource,
      azureADTokenProvider: _provider,
      credential: _credential,
      apiKey: _apiKey,
      ...clientOptions
    } = options;
    super({
      ...clientOptions,
      baseURL,
      // The Foundry key (or null) here keeps ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN out of every request.
      apiKey: apiKey || null,
      authToken: null,
      dangerouslyAllowBrowser: options.dangerouslyAllowBrowser ?? (choseEntra || undefined),
    });
    this.resource = resource;
    this.foundryOptions = options;
    this.transport = createFoundryTransport(options, resource, !apiKey, this.logger);
  }

  /**
   * A new Foundry client with `options` laid over the ones this one was built from.
   *
   * @example
   * const patient = client.withOptions({ maxRetries: 5 });
   */
  override withOptions(options: Partial<AnthropicFoundryOptions>): this {
    const Constructor = this.constructor as new (options: AnthropicFoundryOptions) => this;
    return new Constructor({ ...this.foundryOptions, ...options });
  }

  /** @internal Refuses endpoints Foundry lacks and adds the Entra ID token (see {@link createFoundryTransport}). */
  override sendRequest(request: Request, context: MiddlewareContext): Promise<Response> {
    return this.transport(request, context, (outgoing) => super.sendRequest(outgoing, context));
  }

  protected override userAgent(): string {
    return `AnthropicFoundry/JS ${VERSION}`;
  }

  /** The API key as Azure expects it (`api-key`) and as the first-party wire carries it (`x-api-key`). */
  protected override authHeaders(): HeadersInit {
    return this.apiKey ? { 'api-key': this.apiKey, 'x-api-key': this.apiKey } : {};
  }

  /** Credentials were checked at construction; Entra ID tokens are added per attempt in {@link sendRequest}. */
  protected override validateHeaders(): void {}
}
