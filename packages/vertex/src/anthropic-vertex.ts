import { Anthropic, AnthropicError, type HeadersInit, type MiddlewareContext } from '@anth/core';
import { readEnv } from '@anth/core/internal';
import { vertexBaseURL } from './vertex-base-url.js';
import type { AnthropicVertexOptions } from './vertex-options.js';
import { createVertexTransport, type VertexTransport } from './vertex-transport.js';
import { VERSION } from './version.js';

const MISSING_REGION =
  'No region was given. The client should be instantiated with the `region` option or the `CLOUD_ML_REGION` environment variable should be set.';

/**
 * The Anthropic API on Google Vertex AI. A core client, so every resource works with it
 * (`new Messages(new AnthropicVertex())`); requests are rewritten for Vertex inside the transport,
 * so middleware sees the first-party request. Serves messages (create, stream) and count tokens;
 * other endpoints fail before any network call.
 *
 * Credentials, in order: `accessToken` (sent as is; nothing else is loaded), an async `accessToken`
 * provider, `authClient`, `googleAuth`, else Application Default Credentials (google-auth-library,
 * loaded on first request). `ANTHROPIC_API_KEY`/`ANTHROPIC_AUTH_TOKEN` are never sent to Google.
 *
 * @example
 * const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
 * const message = await new Messages(client).create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }] });
 */
export class AnthropicVertex extends Anthropic {
  /** The Vertex AI location requests go to (`us-east5`, `global`, …). */
  readonly region: string;
  /** The configured Google Cloud project, or `null` when it comes from the credentials. */
  readonly projectId: string | null;
  private readonly vertexOptions: AnthropicVertexOptions;
  private readonly transport: VertexTransport;

  constructor(options: AnthropicVertexOptions = {}) {
    const region = options.region || readEnv('CLOUD_ML_REGION');
    if (!region) throw new AnthropicError(MISSING_REGION);
    // Usually an unset variable read with `?? ''`: failing here beats silently trying other credentials.
    if (options.accessToken === '')
      throw new AnthropicError('accessToken is empty: pass a token or a token provider, or leave it out.');
    // The last two given, so `authClient` with `googleAuth` is reported as such whatever else is set.
    const [first, second] = (['accessToken', 'authClient', 'googleAuth'] as const)
      .filter((name) => options[name])
      .slice(-2);
    if (second)
      throw new AnthropicError(
        `You cannot provide both \`${first}\` and \`${second}\`. Please provide only one of them.`,
      );
    const regionBaseURL = vertexBaseURL(region);
    const customBaseURL = options.baseURL || readEnv('ANTHROPIC_VERTEX_BASE_URL');
    const {
      region: _region,
      projectId,
      accessToken: _accessToken,
      googleAuth: _googleAuth,
      authClient: _authClient,
      ...clientOptions
    } = options;
    // Explicit nulls keep ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN out of every request to Google.
    super({ ...clientOptions, baseURL: customBaseURL || regionBaseURL, apiKey: null, authToken: null });
    this.region = region;
    this.projectId = projectId || readEnv('ANTHROPIC_VERTEX_PROJECT_ID') || null;
    this.vertexOptions = options;
    this.transport = createVertexTransport(options, region, this.projectId, Boolean(customBaseURL), this.logger);
  }

  /**
   * A new Vertex client with `options` laid over the ones this one was built from (region, project
   * and credentials included).
   *
   * @example
   * const europe = client.withOptions({ region: 'europe-west1' });
   */
  override withOptions(options: Partial<AnthropicVertexOptions>): this {
    const Constructor = this.constructor as new (options: AnthropicVertexOptions) => this;
    return new Constructor({ ...this.vertexOptions, ...options });
  }

  /** @internal Rewrites the first-party request for Vertex AI and authenticates it (see {@link createVertexTransport}). */
  override sendRequest(request: Request, context: MiddlewareContext): Promise<Response> {
    return this.transport(request, context, (outgoing) => super.sendRequest(outgoing, context));
  }

  protected override userAgent(): string {
    return `AnthropicVertex/JS ${VERSION}`;
  }

  /** No first-party credential headers: Google credentials are added per attempt in {@link sendRequest}. */
  protected override authHeaders(): HeadersInit {
    return {};
  }

  /** Credentials are checked when they are fetched, per attempt, not in the built request. */
  protected override validateHeaders(): void {}
}
