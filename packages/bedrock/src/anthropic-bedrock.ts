import { Anthropic, type HeadersInit, type MiddlewareContext } from '@anth/core';
import type { AnthropicBedrockOptions } from './bedrock-options.js';
import { createCredentialSource, type CredentialSource } from './create-credential-source.js';
import { loadDefaultCredentialProvider } from './load-default-credential-provider.js';
import { resolveBedrockConfig } from './resolve-bedrock-config.js';
import { sendBedrockRequest } from './send-bedrock-request.js';
import { VERSION } from './version.js';

/**
 * A client for Claude on Amazon Bedrock. It *is* an `Anthropic` client, so every resource works on
 * it (`new Messages(new AnthropicBedrock())`); middleware sees the first-party request, and the
 * Bedrock rewrite, SigV4 signing and eventstream decoding happen inside `next`, on every attempt.
 *
 * Bedrock serves messages (with streaming) and legacy completions; other endpoints (batches, token
 * counting, models, files, skills) fail with an `AnthropicError` before anything is sent.
 *
 * @example
 * import { Messages } from '@anth/messages';
 * const messages = new Messages(new AnthropicBedrock({ awsRegion: 'us-east-1' }));
 * const message = await messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
 *   max_tokens: 1024, messages: [{ role: 'user', content: 'Hello, Claude' }] });
 */
export class AnthropicBedrock extends Anthropic {
  /** The AWS region: the endpoint's and the SigV4 scope's. */
  readonly awsRegion: string;
  /** True when no authentication is sent (a proxy signs). */
  readonly skipAuth: boolean;
  readonly #options: AnthropicBedrockOptions;
  readonly #credentials: CredentialSource;

  constructor(options: AnthropicBedrockOptions = {}) {
    const config = resolveBedrockConfig(options);
    const {
      awsRegion: _region,
      awsAccessKey: _accessKey,
      awsSecretKey: _secretKey,
      awsSessionToken: _sessionToken,
      providerChainResolver: _resolver,
      skipAuth: _skipAuth,
      ...clientOptions
    } = options;
    // Explicit nulls: the first-party ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN must never reach AWS.
    super({ ...clientOptions, baseURL: config.baseURL, apiKey: config.apiKey, authToken: null });
    this.awsRegion = config.region;
    this.skipAuth = config.skipAuth;
    this.#options = options;
    const { credentials, providerChainResolver } = config;
    this.#credentials = createCredentialSource(
      credentials ? { credentials } : { resolveProvider: providerChainResolver ?? loadDefaultCredentialProvider },
    );
    if (config.regionWarning) this.logger.warn(config.regionWarning);
  }

  /**
   * A new client with `options` laid over the ones this client was built from (region, credentials
   * and base URL are resolved again, so a new `awsRegion` also moves the endpoint).
   *
   * @example
   * const inEurope = client.withOptions({ awsRegion: 'eu-west-1' });
   */
  override withOptions(options: Partial<AnthropicBedrockOptions>): this {
    const Constructor = this.constructor as new (options: AnthropicBedrockOptions) => this;
    return new Constructor({ ...this.#options, ...options });
  }

  /** @internal Rewrites, authenticates and sends one attempt; see {@link sendBedrockRequest}. */
  override sendRequest(request: Request, context: MiddlewareContext): Promise<Response> {
    return sendBedrockRequest(request, {
      region: this.awsRegion,
      baseURL: this.baseURL,
      apiKey: this.apiKey,
      skipAuth: this.skipAuth,
      credentials: this.#credentials,
      fetch: (outgoing) => super.sendRequest(outgoing, context),
    });
  }

  protected override userAgent(): string {
    return `AnthropicBedrock/JS ${VERSION}`;
  }

  /** No first-party credential header: Bedrock authenticates in {@link sendRequest}. */
  protected override authHeaders(): HeadersInit {
    return {};
  }

  /** Credentials are checked (and resolved) per attempt in {@link sendRequest}, not here. */
  protected override validateHeaders(): void {}
}
