import { APIUserAbortError, OverloadedError } from '@anth/core';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { Anthropic } from '@anth/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Messages } from './messages.js';
import { streamMessage } from './stream-message.js';
import { emulatedClient } from './test-client.js';

const params = { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user' as const, content: 'Hello' }] };

describe('streamMessage', () => {
  it('marks the request as a stream helper call and accumulates the final message', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({
      content: [
        { type: 'thinking', thinking: 'Let me think.', signature: 'sig-1' },
        { type: 'text', text: 'Checking the weather.' },
        { type: 'tool_use', name: 'get_weather', input: { city: 'Paris', days: [1, 2] } },
      ],
    });
    const stream = streamMessage(client, params);
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const final = await stream.finalMessage();
    expect(deltas.join('')).toBe('Checking the weather.');
    expect(final.stop_reason).toBe('tool_use');
    expect(final.content.map((block) => block.type)).toEqual(['thinking', 'text', 'tool_use']);
    expect(final.content[0]).toMatchObject({ thinking: 'Let me think.', signature: 'sig-1' });
    expect(final.content[2]).toMatchObject({ name: 'get_weather', input: { city: 'Paris', days: [1, 2] } });
    expect(JSON.parse(JSON.stringify(final.content[2]))).toEqual({
      type: 'tool_use',
      id: expect.any(String),
      name: 'get_weather',
      input: { city: 'Paris', days: [1, 2] },
    });
    expect(await stream.finalText()).toBe('Checking the weather.');
    const [request] = emulator.requests;
    expect(request?.body).toMatchObject({ stream: true });
    expect(request?.headers.get('x-stainless-helper-method')).toBe('stream');
    expect(stream.request_id).toMatch(/^req_/);
  });

  it('textStream yields the text deltas in order', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'one two three four five' }] });
    let text = '';
    for await (const delta of streamMessage(client, params).textStream) text += delta;
    expect(text).toBe('one two three four five');
  });

  it('Messages.stream is the same helper', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'via class' }] });
    await expect(new Messages(client).stream(params).finalText()).resolves.toBe('via class');
  });
});

describe('streamMessage over real sockets', () => {
  let server: RunningEmulator;
  beforeAll(async () => {
    server = await startEmulator();
  });
  afterAll(async () => {
    await server.close();
  });
  const client = (): Anthropic =>
    new Anthropic({ apiKey: 'sk-ant-emulator', authToken: null, baseURL: server.url, maxRetries: 1 });

  it('retries an overloaded error event that arrives before any content, and streams the retry', async () => {
    server.reset();
    server.script({ content: [{ type: 'text', text: 'lost' }] }, { content: [{ type: 'text', text: 'second try' }] });
    server.fault({ sseErrorAfterEvents: 1, errorType: 'overloaded_error', message: 'Overloaded' });
    const text = await streamMessage(client(), params).finalText();
    expect(text).toBe('second try');
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers.get('x-stainless-retry-count')).toBe('1');
  });

  it('fails with OverloadedError when the error event arrives after content', async () => {
    server.reset();
    server.script({ content: [{ type: 'text', text: 'a fairly long reply that is cut' }] });
    server.fault({ sseErrorAfterEvents: 5, errorType: 'overloaded_error', message: 'Overloaded' });
    const error = await streamMessage(client(), params)
      .finalMessage()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OverloadedError);
    expect((error as OverloadedError).message).toBe('Overloaded');
    expect(server.requests).toHaveLength(1);
  });

  it('abort mid-stream emits abort, rejects finalMessage and ends once', async () => {
    server.reset();
    server.script({ content: [{ type: 'text', text: 'x'.repeat(400) }] });
    server.fault({ stallAfterEvents: 4 });
    const stream = streamMessage(client(), params);
    const events: string[] = [];
    stream.on('abort', () => events.push('abort'));
    stream.on('end', () => events.push('end'));
    stream.on('text', () => {
      if (!events.includes('text')) {
        events.push('text');
        stream.abort();
      }
    });
    const error = await stream.finalMessage().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(events).toEqual(['text', 'abort', 'end']);
  });
});
