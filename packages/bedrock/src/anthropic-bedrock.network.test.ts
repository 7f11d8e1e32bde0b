import { APIConnectionError, StreamIdleTimeoutError } from '@anth/core';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicBedrock } from './anthropic-bedrock.js';
import type { AnthropicBedrockOptions } from './bedrock-options.js';
import { createMessage, isolateEnvironment, MODEL, params, streamMessage, TEST_KEYS } from './test-client.js';

// Over real sockets on 127.0.0.1: the Host header the emulator checks is the one fetch sent.
let emulator: RunningEmulator<'bedrock'>;

beforeEach(async () => {
  isolateEnvironment();
  emulator = await startEmulator({ backends: ['bedrock'] });
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});

const client = (options: AnthropicBedrockOptions = {}) =>
  new AnthropicBedrock({
    awsRegion: 'us-east-1',
    baseURL: emulator.bedrock.url,
    ...TEST_KEYS,
    logLevel: 'off',
    maxRetries: 0,
    ...options,
  });

describe('AnthropicBedrock over HTTP', () => {
  it('signs the host with its port, and the emulator verifies the signature', async () => {
    const message = await createMessage(client(), params);
    expect(message.type).toBe('message');
    expect(emulator.bedrock.requests[0]!.headers.get('host')).toBe(new URL(emulator.bedrock.url).host);
  });

  it('retries a 429 ThrottlingException, signing each attempt anew', async () => {
    emulator.bedrock.fault(
      { status: 429, headers: { 'retry-after-ms': '1' } },
      { status: 500, headers: { 'retry-after-ms': '1' } },
    );
    const message = await createMessage(client({ maxRetries: 2 }), params);
    expect(message.type).toBe('message');
    const attempts = emulator.bedrock.requests.map((request) => ({
      retry: request.headers.get('x-stainless-retry-count'),
      signature: /Signature=([0-9a-f]{64})/.exec(request.headers.get('authorization') ?? '')?.[1],
    }));
    expect(attempts.map((attempt) => attempt.retry)).toEqual(['0', '1', '2']);
    // The retry count is a signed header, so every attempt carries its own valid signature.
    expect(new Set(attempts.map((attempt) => attempt.signature)).size).toBe(3);
  });

  it('streams eventstream frames over the socket into a MessageStream', async () => {
    emulator.bedrock.script({ content: [{ type: 'text', text: 'A reply that crosses several frames.' }] });
    const stream = streamMessage(client(), params);
    let text = '';
    for await (const piece of stream.textStream) text += piece;
    expect(text).toBe('A reply that crosses several frames.');
    expect(emulator.bedrock.requests[0]!.path).toBe(`/model/${MODEL}/invoke-with-response-stream`);
  });

  it('a connection dropped mid-stream fails with APIConnectionError', async () => {
    emulator.bedrock.fault({ dropAfterEvents: 3 });
    await expect(streamMessage(client(), params).finalMessage()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('a stalled event stream fails with StreamIdleTimeoutError', async () => {
    emulator.bedrock.fault({ stallAfterEvents: 3 });
    await expect(streamMessage(client({ idleTimeout: 200 }), params).finalMessage()).rejects.toBeInstanceOf(
      StreamIdleTimeoutError,
    );
  });

  it('a host that does not resolve fails with a message naming the host and the region', async () => {
    const unreachable = client({
      awsRegion: 'eu-south-2',
      baseURL: 'https://bedrock-runtime.eu-south-2.invalid',
      timeout: 5_000,
    });
    const error = await createMessage(unreachable, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      'Could not resolve host bedrock-runtime.eu-south-2.invalid (AWS region "eu-south-2": check `awsRegion` / AWS_REGION, or `baseURL` / ANTHROPIC_BEDROCK_BASE_URL).',
    );
  });
});
