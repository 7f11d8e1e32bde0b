// Helpers for this package's tests (not exported from the package).
import { MessageStream, type Anthropic, type Message, type RawMessageStreamEvent } from '@anth/core';
import { parseSSEStream } from '@anth/core/internal';
import { createEmulatorFetch, type EmulatorFetch } from '@anth/emulator';
export { authorizations, mintingProvider } from '../../../test-support/emulated-client.js';

// Shared with the other packages' tests.
import { AnthropicFoundry } from './anthropic-foundry.js';
import type { AnthropicFoundryOptions } from './foundry-options.js';

export const PARAMS = {
  model: 'claude-sonnet-4-5',
  max_tokens: 64,
  messages: [{ role: 'user' as const, content: 'Hello from the test' }],
};
export const BASE = 'https://my-resource.services.ai.azure.com/anthropic';
export const ENV_NAMES = [
  'ANTHROPIC_FOUNDRY_RESOURCE',
  'ANTHROPIC_FOUNDRY_BASE_URL',
  'ANTHROPIC_FOUNDRY_API_KEY',
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_AUTH_TOKEN',
  'ANTHROPIC_BASE_URL',
  'ANTHROPIC_LOG',
  'AZURE_TOKEN_CREDENTIALS',
  'AZURE_CLIENT_ID',
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_SECRET',
  'AZURE_FEDERATED_TOKEN_FILE',
];

/** A Foundry client wired to a fresh Foundry-mode emulator through injected fetch (no sockets). */
export function emulatedFoundry(
  options: AnthropicFoundryOptions = {},
  accepted: { apiKeys?: string[]; authTokens?: string[] } = {},
): { client: AnthropicFoundry; emulator: EmulatorFetch } {
  const emulator = createEmulatorFetch({
    backend: 'foundry',
    apiKeys: accepted.apiKeys ?? ['foundry-key'],
    authTokens: accepted.authTokens ?? [],
  });
  const client = new AnthropicFoundry({
    resource: 'my-resource',
    fetch: emulator,
    maxRetries: 0,
    ...(options.azureADTokenProvider || options.credential || 'apiKey' in options ? {} : { apiKey: 'foundry-key' }),
    ...options,
  });
  return { client, emulator };
}

/** `MessageStream` over `POST /v1/messages` with `stream: true`, as `@anth/messages` builds it. */
export function streamMessage(client: Anthropic, params: typeof PARAMS): MessageStream<Message, RawMessageStreamEvent> {
  return MessageStream.fromRequest<Message, RawMessageStreamEvent>(
    (signal) =>
      client
        .request(
          { method: 'post', path: '/v1/messages', body: { ...params, stream: true }, stream: true, signal },
          parseSSEStream<RawMessageStreamEvent>,
        )
        .withResponse(),
    { messages: params.messages },
  );
}
