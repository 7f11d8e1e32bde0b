// Helpers for this package's tests (not exported from the package).
import { MessageStream, type Anthropic, type Message, type RawMessageStreamEvent } from '@anth/core';
import { parseSSEStream } from '@anth/core/internal';
import { createEmulatorFetch, type EmulatorFetch } from '@anth/emulator';
export { authorizations, mintingProvider } from '../../../test-support/emulated-client.js';

// Shared with the other packages' tests.
import { AnthropicVertex } from './anthropic-vertex.js';
import type { AnthropicVertexOptions } from './vertex-options.js';

export const MODEL = 'claude-sonnet-4-5@20250929';
export const PARAMS = {
  model: MODEL,
  max_tokens: 64,
  messages: [{ role: 'user' as const, content: 'Hello from the test' }],
};
export const ENV_NAMES = [
  'CLOUD_ML_REGION',
  'ANTHROPIC_VERTEX_BASE_URL',
  'ANTHROPIC_VERTEX_PROJECT_ID',
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_AUTH_TOKEN',
  'ANTHROPIC_BASE_URL',
  'ANTHROPIC_LOG',
  'GOOGLE_APPLICATION_CREDENTIALS',
];

/** A Vertex client wired to a fresh Vertex-mode emulator through injected fetch (no sockets). */
export function emulatedVertex(
  options: AnthropicVertexOptions = {},
  tokens: string[] = ['ya29.static'],
): { client: AnthropicVertex; emulator: EmulatorFetch } {
  const emulator = createEmulatorFetch({ backend: 'vertex', authTokens: tokens });
  const client = new AnthropicVertex({
    region: 'us-east5',
    projectId: 'my-project',
    accessToken: 'ya29.static',
    fetch: emulator,
    maxRetries: 0,
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
