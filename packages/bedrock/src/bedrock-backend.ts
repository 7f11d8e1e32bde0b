import type { Backend } from '@anth/core/internal';
import { createCredentialSource } from './create-credential-source.js';
import { loadDefaultCredentialProvider } from './load-default-credential-provider.js';
import type { BedrockConfig } from './resolve-bedrock-config.js';
import { sendBedrockRequest } from './send-bedrock-request.js';
import { VERSION } from './version.js';

/**
 * The Bedrock backend of an `AnthropicBedrock` client: serves messages and legacy completions, and
 * sends each attempt through {@link sendBedrockRequest} (rewrite, authenticate, eventstream → SSE).
 * SigV4 credentials come from static keys, the caller's provider, or the AWS default chain (loaded on
 * first use).
 *
 * @example
 * super(options, { backend: createBedrockBackend(resolveBedrockConfig(options)), … });
 */
export function createBedrockBackend(config: BedrockConfig): Backend {
  const { credentials, providerChainResolver } = config;
  const source = createCredentialSource(
    credentials ? { credentials } : { resolveProvider: providerChainResolver ?? loadDefaultCredentialProvider },
  );
  return {
    name: 'AnthropicBedrock',
    version: VERSION,
    serves: (method, path) => method === 'POST' && (path === '/v1/messages' || path === '/v1/complete'),
    served: 'messages (POST /v1/messages) and legacy completions (POST /v1/complete)',
    send: (request, context) =>
      sendBedrockRequest(request, {
        region: config.region,
        baseURL: config.baseURL,
        apiKey: config.apiKey,
        skipAuth: config.skipAuth,
        credentials: source,
        fetch: context.fetch,
      }),
  };
}
