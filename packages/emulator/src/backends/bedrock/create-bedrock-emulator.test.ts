import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { createBedrockEmulator } from './create-bedrock-emulator.js';
import type { BedrockEmulatorOptions } from './types.js';

const BASE = 'https://bedrock-runtime.us-east-1.amazonaws.com';
const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const body = (overrides: Record<string, unknown> = {}) => ({
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hello there' }],
  ...overrides,
});

function invoke(
  options: {
    emulatorOptions?: BedrockEmulatorOptions;
    path?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
) {
  const emulator = createBedrockEmulator(options.emulatorOptions);
  const send = (
    path = options.path ?? `/model/${MODEL}/invoke`,
    payload: unknown = options.body ?? body(),
    headers = options.headers,
  ) =>
    emulator(`${BASE}${path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer bedrock-api-key-emulator', 'content-type': 'application/json', ...headers },
      body: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  return { emulator, send };
}

interface Frame {
  headers: Record<string, string>;
  payload: string;
  crcValid: boolean;
}

// A minimal reader of the frames, for assertions only (string headers; every frame complete).
function readFrames(bytes: Uint8Array): { frames: Frame[]; rest: number } {
  const frames: Frame[] = [];
  let offset = 0;
  while (bytes.length - offset >= 12) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + offset);
    const total = view.getUint32(0);
    if (bytes.length - offset < total) break;
    const headersLength = view.getUint32(4);
    const headers: Record<string, string> = {};
    let cursor = offset + 12;
    while (cursor < offset + 12 + headersLength) {
      const nameLength = bytes[cursor] ?? 0;
      const name = new TextDecoder().decode(bytes.subarray(cursor + 1, cursor + 1 + nameLength));
      const valueLength = new DataView(bytes.buffer, bytes.byteOffset + cursor + 2 + nameLength).getUint16(0);
      headers[name] = new TextDecoder().decode(
        bytes.subarray(cursor + 4 + nameLength, cursor + 4 + nameLength + valueLength),
      );
      cursor += 4 + nameLength + valueLength;
    }
    const payload = new TextDecoder().decode(bytes.subarray(cursor, offset + total - 4));
    const crcValid = crc32(bytes.subarray(offset, offset + total - 4)) === view.getUint32(total - 4);
    frames.push({ headers, payload, crcValid });
    offset += total;
  }
  return { frames, rest: bytes.length - offset };
}

const decodeChunk = (frame: Frame): Record<string, unknown> => {
  const { bytes } = JSON.parse(frame.payload) as { bytes: string };
  return JSON.parse(
    new TextDecoder().decode(Uint8Array.from(atob(bytes), (character) => character.charCodeAt(0))),
  ) as Record<string, unknown>;
};

describe('createBedrockEmulator: InvokeModel', () => {
  it('answers a Bedrock-shaped body with the first-party Message, recording the Bedrock request', async () => {
    const { emulator, send } = invoke();
    emulator.script({ content: [{ type: 'text', text: 'Hi from Bedrock' }] });
    const response = await send();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toMatchObject({
      type: 'message',
      model: 'claude-sonnet-4-5-20250929',
      content: [{ type: 'text', text: 'Hi from Bedrock' }],
    });
    expect(emulator.requests[0]).toMatchObject({ path: `/model/${MODEL}/invoke`, body: body() });
  });

  it('accepts the version the official SDK 1.x sends: 2026-10-21 for messages, 2023-06-01 for legacy completions', async () => {
    const { send } = invoke();
    expect((await send(undefined, body({ anthropic_version: '2026-10-21' }))).status).toBe(200);
    const legacy = { prompt: '\n\nHuman: Hi\n\nAssistant:', max_tokens_to_sample: 50 };
    const completionPath = '/model/anthropic.claude-3-haiku-20240307-v1:0/invoke';
    expect((await send(completionPath, { anthropic_version: '2023-06-01', ...legacy })).status).toBe(200);
    // Each kind of body keeps to its versions.
    expect((await send(completionPath, { anthropic_version: '2026-10-21', ...legacy })).status).toBe(400);
  });

  it('takes user_profile_id in a messages body (where the SDK moves the header), as a string', async () => {
    const { send, emulator } = invoke();
    const accepted = await send(undefined, body({ user_profile_id: 'prof_1' }));
    expect(accepted.status).toBe(200);
    expect(emulator.requests[0]?.body).toMatchObject({ user_profile_id: 'prof_1' });
    const refused = await send(undefined, body({ user_profile_id: 5 }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      message:
        'Malformed input request: #/user_profile_id: expected type: String, please reformat your input and try again.',
    });
  });

  it('serves legacy completions for a prompt body', async () => {
    const { send } = invoke();
    const response = await send('/model/anthropic.claude-3-haiku-20240307-v1:0/invoke', {
      anthropic_version: 'bedrock-2023-05-31',
      prompt: '\n\nHuman: Hi\n\nAssistant:',
      max_tokens_to_sample: 50,
    });
    expect(await response.json()).toMatchObject({ completion: ' Hello! You said: "Hi"' });
  });

  it.each([
    [
      body({ anthropic_version: undefined }),
      'Malformed input request: #: required key [anthropic_version] not found, please reformat your input and try again.',
    ],
    [
      body({ anthropic_version: '2023-06-01' }),
      'Malformed input request: #/anthropic_version: "2023-06-01" is not a valid enum value, please reformat your input and try again.',
    ],
    [
      body({ model: 'claude-sonnet-4-5' }),
      'Malformed input request: #: extraneous key [model] is not permitted, please reformat your input and try again.',
    ],
    [
      body({ stream: true }),
      'Malformed input request: #: extraneous key [stream] is not permitted, please reformat your input and try again.',
    ],
    [
      body({ anthropic_beta: 'a,b' }),
      'Malformed input request: #/anthropic_beta: expected an array of strings, please reformat your input and try again.',
    ],
    [body({ max_tokens: undefined }), 'max_tokens: Field required'],
  ])('rejects a body Bedrock would reject (%#) with 400 ValidationException', async (payload, message) => {
    const response = await invoke({ body: payload }).send();
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^ValidationException:/);
    expect(await response.json()).toEqual({ message });
  });

  it('rejects an unknown model id and an unknown operation', async () => {
    const { send } = invoke();
    expect(await (await send('/model/anthropic.claude-nope-v1:0/invoke')).json()).toEqual({
      message: 'The provided model identifier is invalid.',
    });
    const unknown = await send('/v1/messages');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-amzn-errortype')).toMatch(/^UnknownOperationException:/);
  });

  it('accepts an inference-profile ARN with its `/` percent-encoded', async () => {
    const arn = 'arn:aws:bedrock:us-east-2:1234:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0';
    const response = await invoke().send(`/model/${encodeURIComponent(arn).replace(/%3A/g, ':')}/invoke`);
    expect(response.status).toBe(200);
  });
});

describe('createBedrockEmulator: auth', () => {
  it('needs a credential, checks API keys, and expires them on request', async () => {
    const { emulator, send } = invoke();
    const missing = await send(undefined, undefined, { authorization: '' });
    expect(missing.status).toBe(403);
    expect(await missing.json()).toEqual({ message: 'Missing Authentication Token' });
    const wrong = await send(undefined, undefined, { authorization: 'Bearer nope' });
    expect(wrong.headers.get('x-amzn-errortype')).toMatch(/^AccessDeniedException:/);
    emulator.expireToken('bedrock-api-key-emulator');
    const expired = await send();
    expect(expired.status).toBe(403);
    expect(expired.headers.get('x-amzn-errortype')).toMatch(/^ExpiredTokenException:/);
  });

  it('refuses a SigV4 signature that does not verify', async () => {
    const response = await invoke().send(undefined, undefined, {
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDEMULATOR/20250101/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
      'x-amz-date': '20250101T000000Z',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: expect.stringMatching(/^Signature expired: 20250101T000000Z/) });
  });

  it('serves without credentials when requireAuth is false', async () => {
    expect(
      (await invoke({ emulatorOptions: { requireAuth: false } }).send(undefined, undefined, { authorization: '' }))
        .status,
    ).toBe(200);
  });
});

describe('createBedrockEmulator: InvokeModelWithResponseStream', () => {
  const STREAM = `/model/${MODEL}/invoke-with-response-stream`;

  it('streams every event but ping as a chunk frame whose bytes hold the event JSON', async () => {
    const { emulator, send } = invoke();
    emulator.script({ content: [{ type: 'text', text: 'Streamed over eventstream' }] });
    const response = await send(STREAM);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    const { frames, rest } = readFrames(new Uint8Array(await response.arrayBuffer()));
    expect(rest).toBe(0);
    expect(
      frames.every(
        (frame) =>
          frame.crcValid && frame.headers[':message-type'] === 'event' && frame.headers[':event-type'] === 'chunk',
      ),
    ).toBe(true);
    const events = frames.map(decodeChunk);
    expect(events.map((event) => event['type'])).toEqual([
      'message_start',
      'content_block_start',
      ...Array(4).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events.at(-1)).toMatchObject({
      'amazon-bedrock-invocationMetrics': { inputTokenCount: expect.any(Number), outputTokenCount: expect.any(Number) },
    });
    expect(JSON.parse(frames[0]!.payload)).toHaveProperty('p');
  });

  it('streams legacy completion chunks without a type, as Bedrock does', async () => {
    const response = await invoke().send('/model/anthropic.claude-3-haiku-20240307-v1:0/invoke-with-response-stream', {
      anthropic_version: 'bedrock-2023-05-31',
      prompt: '\n\nHuman: Hi\n\nAssistant:',
      max_tokens_to_sample: 50,
    });
    const events = readFrames(new Uint8Array(await response.arrayBuffer())).frames.map(decodeChunk);
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((event) => !('type' in event) && typeof event['completion'] === 'string')).toBe(true);
  });

  it('turns an SSE error fault into an exception frame, named after the error type', async () => {
    const { emulator, send } = invoke();
    emulator.fault({
      sseErrorAfterEvents: 2,
      errorType: 'rate_limit_error',
      message: 'Too many requests, please wait before trying again.',
    });
    const { frames } = readFrames(new Uint8Array(await (await send(STREAM)).arrayBuffer()));
    expect(frames.at(-1)).toEqual({
      headers: {
        ':exception-type': 'throttlingException',
        ':content-type': 'application/json',
        ':message-type': 'exception',
      },
      payload: '{"message":"Too many requests, please wait before trying again."}',
      crcValid: true,
    });
    emulator.fault({ sseErrorAfterEvents: 0, exceptionType: 'modelStreamErrorException', message: 'boom' });
    expect(
      readFrames(new Uint8Array(await (await send(STREAM)).arrayBuffer())).frames[0]?.headers[':exception-type'],
    ).toBe('modelStreamErrorException');
  });

  it('sends a frame with a bad CRC, or half a frame, on request', async () => {
    const { emulator, send } = invoke();
    emulator.fault({ corruptFrameAfterEvents: 2 }, { truncateFrameAfterEvents: 1 });
    const corrupt = readFrames(new Uint8Array(await (await send(STREAM)).arrayBuffer()));
    expect(corrupt.frames.map((frame) => frame.crcValid)).toEqual([true, true, false]);
    const truncated = readFrames(new Uint8Array(await (await send(STREAM)).arrayBuffer()));
    expect(truncated.frames).toHaveLength(1);
    expect(truncated.rest).toBeGreaterThan(0);
  });
});

describe('createBedrockEmulator: HTTP faults in Bedrock shape', () => {
  it('answers 429 ThrottlingException with extra headers', async () => {
    const { emulator, send } = invoke();
    emulator.fault({ status: 429, headers: { 'retry-after-ms': '1' } });
    const response = await send();
    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^ThrottlingException:/);
    expect(response.headers.get('retry-after-ms')).toBe('1');
    expect(await response.json()).toEqual({ message: 'Too many requests, please wait before trying again.' });
  });

  it('derives the status from errorType and names the exception from exceptionType', async () => {
    const { emulator, send } = invoke();
    emulator.fault(
      { errorType: 'overloaded_error' },
      { status: 424, exceptionType: 'ModelErrorException', message: 'nope' },
    );
    expect((await send()).status).toBe(529);
    const custom = await send();
    expect(custom.headers.get('x-amzn-errortype')).toMatch(/^ModelErrorException:/);
    expect(await custom.json()).toEqual({ message: 'nope' });
  });

  it('drops the connection like fetch does', async () => {
    const { emulator, send } = invoke();
    emulator.fault({ dropConnection: true });
    await expect(send()).rejects.toThrow('fetch failed');
  });
});
