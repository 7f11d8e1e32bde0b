import { Anthropic, AnthropicError } from '@anth/core';
import { readEnv, refuseOptions } from '@anth/core/internal';
import { createVertexBackend } from './vertex-backend.js';
import { vertexBaseURL } from './vertex-base-url.js';
import type { AnthropicVertexOptions } from './vertex-options.js';

const MISSING_REGION =
  'No region was given. The client should be instantiated with the `region` option or the `CLOUD_ML_REGION` environment variable should be set.';

/** First-party credential options: Vertex authenticates with Google credentials only. */
const FIRST_PARTY_CREDENTIALS = ['apiKey', 'authToken', 'credentials', 'config', 'profile'];

/**
 * The Anthropic API on Google Vertex AI. A core client, so every resource works with it
 * (`new Messages(new AnthropicVertex())`); requests are rewritten for Vertex inside the transport,
 * so middleware sees the first-party request. Serves messages (create, stream) and count tokens;
 * other endpoints fail before any network call.
 *
 * Credentials, in order: `accessToken` (sent as is; nothing else is loaded), an async `accessToken`
 * provider, `authClient`, `googleAuth`, else Application Default Credentials (google-auth-library,
 * loaded on first request). `ANTHROPIC_API_KEY`/`ANTHROPIC_AUTH_TOKEN` are never sent to Google, and
 * the first-party credential options are refused.
 *
 * @example
 * const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
 * const message = await new Messages(client).create({ model: 'claude-opus-4-6', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }] });
 */
export class AnthropicVertex extends Anthropic<AnthropicVertexOptions> {
  /** The Vertex AI location requests go to (`us-east5`, `global`, …). */
  readonly region: string;
  /** The configured Google Cloud project, or `null` when it comes from the credentials. */
  readonly projectId: string | null;

  constructor(options: AnthropicVertexOptions = {}) {
    refuseOptions(
      'AnthropicVertex',
      options,
      FIRST_PARTY_CREDENTIALS,
      'it authenticates with Google credentials (`accessToken`, `authClient`, `googleAuth`, or Application Default Credentials).',
    );
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
    const customBaseURL = options.baseURL || readEnv('ANTHROPIC_VERTEX_BASE_URL');
    const projectId = options.projectId || readEnv('ANTHROPIC_VERTEX_PROJECT_ID') || null;
    super(options, {
      backend: createVertexBackend(options, { region, projectId, customBaseURL: Boolean(customBaseURL) }),
      baseURL: customBaseURL || vertexBaseURL(region),
      credentialOptions: ['accessToken', 'authClient', 'googleAuth'],
      authDescription: typeof options.accessToken === 'string' ? 'accessToken' : 'Google credentials',
    });
    this.region = region;
    this.projectId = projectId;
  }
}
