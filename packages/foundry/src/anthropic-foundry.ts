import { Anthropic, type HeadersInit, type MiddlewareContext } from '@anth/core';
import { foundryEndpoint } from './foundry-base-url.js';
import { createFoundryCredentials } from './foundry-credentials.js';
import type { AnthropicFoundryOptions } from './foundry-options.js';
import { sendFoundryRequest, type FoundryTarget } from './send-foundry-request.js';
import { VERSION } from './version.js';

/**
 * The Anthropic API on Microsoft Foundry. A core client, so every resource works with it
 * (`new Messages(new AnthropicFoundry({ resource }))`). Foundry speaks the first-party wire under
 * `https://{resource}.services.ai.azure.com/anthropic/`; message batches and models are not served
 * and fail before any network call.
 *
 * Credentials (exactly one): `apiKey` (or env `ANTHROPIC_FOUNDRY_API_KEY`), `azureADTokenProvider`,
 * or `credential` (an `@azure/identity` `TokenCredential`); with none, `DefaultAzureCredential`.
 * `@azure/identity` is loaded only on those last two paths. `ANTHROPIC_API_KEY` /
 * `ANTHROPIC_AUTH_TOKEN` are never sent to Azure.
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
  private readonly target: FoundryTarget;

  constructor(options: AnthropicFoundryOptions = {}) {
    const endpoint = foundryEndpoint(options);
    const credentials = createFoundryCredentials(options);
    const { resource: _resource, azureADTokenProvider: _provider, credential: _credential, apiKey: _apiKey, ...clientOptions } = options;
    super({
      ...clientOptions,
      baseURL: endpoint.baseURL,
      // The Foundry key (or null) here keeps ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN out of every request.
      apiKey: credentials.apiKey ?? null,
      authToken: null,
      // An Entra ID token belongs to the signed-in user, not to the app: browsers may use it.
      dangerouslyAllowBrowser: options.dangerouslyAllowBrowser ?? (credentials.userChoseEntra || undefined),
    });
    this.resource = endpoint.resource;
    this.foundryOptions = options;
    this.target = { tokens: credentials.tokens, resource: endpoint.resource, logger: this.logger };
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

  /** @internal Refuses endpoints Foundry lacks and adds the Entra ID token (see {@link sendFoundryRequest}). */
  override sendRequest(request: Request, context: MiddlewareContext): Promise<Response> {
    return sendFoundryRequest(this.target, request, context, (outgoing) => super.sendRequest(outgoing, context));
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
