import {
  MessageStream,
  type Anthropic,
  type Message,
  type MessageCreateParamsNonStreaming,
  type RawMessageStreamEvent,
  type RequestOptions,
  type Stream,
} from '@anth/core';
import { parseSSEStream } from '@anth/core/internal';
import { createEmulatorFetch, type BedrockEmulatorFetch, type BedrockEmulatorOptions } from '@anth/emulator';
import { vi } from 'vitest';
import { AnthropicBedrock } from './anthropic-bedrock.js';
import type { AnthropicBedrockOptions } from './bedrock-options.js';

/** The emulator's default SigV4 test credentials. */
export const TEST_KEYS = { awsAccessKey: 'AKIDEMULATOR', awsSecretKey: 'emulator-secret-access-key' } as const;
export const TEST_API_KEY = 'bedrock-api-key-emulator';
export const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
export const BEDROCK_URL = 'https://bedrock-runtime.us-east-1.amazonaws.com';

const ENVIRONMENT = [
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'ANTHROPIC_BEDROCK_BASE_URL',
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_AUTH_TOKEN',
  'ANTHROPIC_BASE_URL',
  'ANTHROPIC_LOG',
  'ANTHROPIC_CUSTOM_HEADERS',
];

/** Unsets every variable the client reads, so the machine's environment cannot leak into a test. */
export function isolateEnvironment(): void {
  for (const name of ENVIRONMENT) vi.stubEnv(name, undefined);
}

/**
 * A Bedrock client wired to a fresh Bedrock emulator through injected fetch (no sockets), signing
 * with the emulator's test keys unless `options` say otherwise.
 */
export function emulatedBedrock(
  options: AnthropicBedrockOptions = {},
  emulatorOptions?: BedrockEmulatorOptions,
): { client: AnthropicBedrock; emulator: BedrockEmulatorFetch } {
  const emulator = createEmulatorFetch({ ...emulatorOptions, backend: 'bedrock' });
  const client = new AnthropicBedrock({
    awsRegion: 'us-east-1',
    baseURL: BEDROCK_URL,
    ...TEST_KEYS,
    fetch: emulator,
    maxRetries: 0,
    logLevel: 'off',
    ...options,
  });
  return { client, emulator };
}

export const params: MessageCreateParamsNonStreaming = {
  model: MODEL,
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
};

// What @anth/messages does (this package may not depend on it): the canonical first-party calls.
export const createMessage = (client: Anthropic, body: MessageCreateParamsNonStreaming, options?: RequestOptions) =>
  client.post<Message>('/v1/messages', { body, ...options });

export const createMessageStream = (
  client: Anthropic,
  body: MessageCreateParamsNonStreaming,
  options?: RequestOptions,
) =>
  client.request<Stream<RawMessageStreamEvent>>(
    { ...options, method: 'post', path: '/v1/messages', body: { ...body, stream: true }, stream: true },
    parseSSEStream,
  );

export const streamMessage = (client: Anthropic, body: MessageCreateParamsNonStreaming, options?: RequestOptions) =>
  MessageStream.fromRequest<Message, RawMessageStreamEvent>(
    (signal) => createMessageStream(client, body, { ...options, signal }).withResponse(),
    { messages: body.messages },
  );

/**
 * Runs `operation` on a fake clock that runs 20 times faster than the real one, so core's retry
 * backoff (≈0.5 s) passes in ≈25 ms while real I/O (lazy imports, streams) keeps its pace. Bounded:
 * 4 s of real time is 80 s of fake time, far below the 600 s request timeout.
 */
export async function skippingBackoff<T>(operation: () => Promise<T>): Promise<T> {
  const realSetTimeout = globalThis.setTimeout;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    let settled = false;
    const pending = operation().finally(() => {
      settled = true;
    });
    for (let step = 0; step < 800 && !settled; step += 1) {
      await new Promise((resolve) => realSetTimeout(resolve, 5));
      await vi.advanceTimersByTimeAsync(100);
    }
    return await pending;
  } finally {
    vi.useRealTimers();
  }
}
