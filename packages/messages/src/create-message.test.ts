import { AnthropicError, BadRequestError, NotFoundError, Stream, type RawMessageStreamEvent } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createMessage } from './create-message.js';
import { createMessageStream } from './create-message-stream.js';
import { Messages } from './messages.js';
import { emulatedClient } from './test-client.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hello' }] };

describe('createMessage', () => {
  it('POSTs /v1/messages with the JSON body and resolves to the reply', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'Hi there' }] });
    const message = await createMessage(client, base);
    expect(message.type).toBe('message');
    expect(message.content).toEqual([{ type: 'text', text: 'Hi there', citations: null }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message._request_id).toMatch(/^req_/);
    expect(Object.keys(message)).not.toContain('_request_id');
    const [request] = emulator.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/messages');
    expect(request?.body).toEqual(base);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('anthropic-version')).toBe('2026-10-21');
    expectTypeOf(message.content).toEqualTypeOf<import('@anth/core').ContentBlock[]>();
  });

  it('sends user_profile_id as a header, never in the body', async () => {
    const { client, emulator } = emulatedClient();
    await createMessage(client, { ...base, user_profile_id: 'prof_123' });
    const [request] = emulator.requests;
    expect(request?.headers.get('anthropic-user-profile-id')).toBe('prof_123');
    expect(request?.body).not.toHaveProperty('user_profile_id');
  });

  it('refuses stream: true synchronously, pointing at the streaming functions, and sends nothing', () => {
    const { client, emulator } = emulatedClient();
    const streaming = { ...base, stream: true } as unknown as Parameters<typeof createMessage>[1];
    expect(() => createMessage(client, streaming)).toThrow(
      /createMessage does not stream: use createMessageStream\(\)/,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('createMessageStream resolves to a Stream of raw events', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'streamed words' }] });
    const stream = await createMessageStream(client, base);
    expectTypeOf(stream).toEqualTypeOf<Stream<RawMessageStreamEvent>>();
    expect(stream).toBeInstanceOf(Stream);
    const types: string[] = [];
    let text = '';
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
    }
    expect(text).toBe('streamed words');
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types).not.toContain('ping');
    expect(emulator.requests[0]?.body).toMatchObject({ stream: true });
  });

  it('refuses, synchronously and before sending, a non-streaming request that may exceed 10 minutes', () => {
    const { client, emulator } = emulatedClient();
    expect(() => createMessage(client, { ...base, max_tokens: 21_334 })).toThrow(AnthropicError);
    expect(() => createMessage(client, { ...base, max_tokens: 21_334 })).toThrow(
      /Streaming is required for operations that may take longer than 10 minutes/,
    );
    expect(() => createMessage(client, { ...base, model: 'claude-opus-4-1@20250805', max_tokens: 8193 })).toThrow(
      /Streaming is required/,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('lets a long request through when a timeout is set or when streaming', async () => {
    const { client } = emulatedClient({ timeout: 900_000 });
    await expect(createMessage(client, { ...base, max_tokens: 21_334 })).resolves.toMatchObject({ type: 'message' });
    const { client: plain } = emulatedClient();
    await expect(createMessage(plain, { ...base, max_tokens: 21_334 }, { timeout: 900_000 })).resolves.toMatchObject({
      type: 'message',
    });
    const stream = await createMessageStream(plain, { ...base, max_tokens: 21_334 });
    for await (const _event of stream) void _event;
    const viaClass = await new Messages(plain).create({ ...base, max_tokens: 21_334, stream: true });
    expectTypeOf(viaClass).toEqualTypeOf<Stream<RawMessageStreamEvent>>();
    expect(viaClass).toBeInstanceOf(Stream);
    for await (const _event of viaClass) void _event;
    expect(createMessage(plain, { ...base, max_tokens: 21_333 })).toBeDefined();
  });

  it('surfaces API validation errors with their class, type and request id', async () => {
    const { client } = emulatedClient();
    const badRequest = await createMessage(client, { ...base, max_tokens: -1 }).catch((error: unknown) => error);
    expect(badRequest).toBeInstanceOf(BadRequestError);
    expect((badRequest as BadRequestError).type).toBe('invalid_request_error');
    expect((badRequest as BadRequestError).message).toMatch(/^400 max_tokens/);
    const notFound = await createMessage(client, { ...base, model: 'claude-nope' }).catch((error: unknown) => error);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect((notFound as NotFoundError).requestID).toMatch(/^req_/);
  });
});
