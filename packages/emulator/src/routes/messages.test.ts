import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { createMessageBody, postJson } from '../testing/request-helpers.js';

type MessageJson = {
  id: string;
  type: string;
  role: string;
  model: string;
  content: Array<Record<string, unknown>>;
  stop_reason: string | null;
  stop_sequence: string | null;
  usage: Record<string, unknown>;
} & Record<string, unknown>;

async function createMessage(body: Record<string, unknown>, emulator = createEmulatorFetch()): Promise<MessageJson> {
  const response = await postJson(emulator, '/v1/messages', body);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json');
  return (await response.json()) as MessageJson;
}

describe('POST /v1/messages (non-streaming)', () => {
  it('replies with a full Message quoting the last user message by default', async () => {
    const message = await createMessage(createMessageBody({ messages: [{ role: 'user', content: 'Hello there' }] }));
    expect(message).toEqual({
      id: expect.stringMatching(/^msg_[0-9A-Za-z]{24}$/),
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [{ type: 'text', text: 'Hello! You said: "Hello there"', citations: null }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      stop_details: null,
      container: null,
      usage: {
        input_tokens: 3,
        output_tokens: 8,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
        server_tool_use: null,
        service_tier: 'standard',
        inference_geo: null,
      },
    });
  });

  it('answers diagnostics and speed when asked (2026-10-21): no cache to diagnose, unless scripted', async () => {
    const plain = await createMessage(createMessageBody());
    expect(plain).not.toHaveProperty('diagnostics');
    expect(plain.usage).not.toHaveProperty('speed');
    const asked = await createMessage(
      createMessageBody({ diagnostics: { previous_message_id: 'msg_1' }, speed: 'fast' }),
    );
    expect(asked['diagnostics']).toEqual({ cache_miss_reason: { type: 'unavailable' } });
    expect(asked.usage['speed']).toBe('fast');
    const emulator = createEmulatorFetch();
    const reason = { type: 'system_changed', cache_missed_input_tokens: 1200 };
    emulator.script({ diagnostics: { cache_miss_reason: reason } });
    const scripted = await createMessage(createMessageBody({ diagnostics: {} }), emulator);
    expect(scripted['diagnostics']).toEqual({ cache_miss_reason: reason });
  });

  it('is deterministic apart from the id', async () => {
    const first = await createMessage(createMessageBody());
    const second = await createMessage(createMessageBody());
    expect({ ...first, id: '' }).toEqual({ ...second, id: '' });
  });

  it('adds a signed thinking block when the request enables thinking', async () => {
    const message = await createMessage(
      createMessageBody({ max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 } }),
    );
    expect(message.content.map((block) => block['type'])).toEqual(['thinking', 'text']);
    expect(message.content[0]?.['signature']).toEqual(expect.any(String));
    expect(message.content[0]?.['thinking']).not.toBe('');
  });

  it('answers tool requests with plain text by default', async () => {
    const message = await createMessage(
      createMessageBody({ tools: [{ name: 'get_weather', input_schema: { type: 'object' } }] }),
    );
    expect(message.stop_reason).toBe('end_turn');
    expect(message.content).toEqual([expect.objectContaining({ type: 'text' })]);
  });

  it('stops at a stop sequence and at max_tokens like the API', async () => {
    const stopped = await createMessage(createMessageBody({ stop_sequences: ['said'] }));
    expect(stopped.content).toEqual([{ type: 'text', text: 'Hello! You ', citations: null }]);
    expect(stopped.stop_reason).toBe('stop_sequence');
    expect(stopped.stop_sequence).toBe('said');

    const truncated = await createMessage(createMessageBody({ max_tokens: 2 }));
    expect(truncated.content).toEqual([{ type: 'text', text: 'Hello! Y', citations: null }]);
    expect(truncated.stop_reason).toBe('max_tokens');
  });

  it('replies with scripted turns in order, then falls back to the default', async () => {
    const emulator = createEmulatorFetch();
    emulator.script(
      { content: [{ type: 'text', text: 'First' }], usage: { input_tokens: 100, cache_read_input_tokens: 40 } },
      {
        id: 'msg_fixed',
        model: 'claude-custom',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } },
        ],
      },
    );
    const first = await createMessage(createMessageBody(), emulator);
    expect(first.content).toEqual([{ type: 'text', text: 'First', citations: null }]);
    expect(first.usage).toMatchObject({ input_tokens: 100, cache_read_input_tokens: 40 });

    const second = await createMessage(createMessageBody(), emulator);
    expect(second.id).toBe('msg_fixed');
    expect(second.model).toBe('claude-custom');
    expect(second.stop_reason).toBe('tool_use');
    expect(second.content[1]).toEqual({
      type: 'tool_use',
      id: expect.stringMatching(/^toolu_[0-9A-Za-z]{24}$/),
      name: 'get_weather',
      input: { city: 'Paris' },
    });

    const third = await createMessage(createMessageBody(), emulator);
    expect(third.content[0]?.['text']).toBe('Hello! You said: "Hello there"');
  });

  it('passes scripted blocks of every kind through in wire shape', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({
      stop_reason: 'pause_turn',
      content: [
        { type: 'redacted_thinking', data: 'opaque' },
        { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'q' } },
        { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] },
        { type: 'thinking', thinking: 'hm', signature: 'sig' },
      ],
    });
    const message = await createMessage(createMessageBody(), emulator);
    expect(message.stop_reason).toBe('pause_turn');
    expect(message.content).toEqual([
      { type: 'redacted_thinking', data: 'opaque' },
      { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'q' } },
      { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] },
      { type: 'thinking', thinking: 'hm', signature: 'sig' },
    ]);
  });

  it('accepts model aliases and echoes the requested model', async () => {
    const message = await createMessage(createMessageBody({ model: 'claude-sonnet-4-5-20250929' }));
    expect(message.model).toBe('claude-sonnet-4-5-20250929');
  });

  it('answers an unknown model with 404 not_found_error', async () => {
    const response = await postJson(createEmulatorFetch(), '/v1/messages', createMessageBody({ model: 'claude-nope' }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      type: 'error',
      error: { type: 'not_found_error', message: 'model: claude-nope' },
      request_id: response.headers.get('request-id'),
    });
  });

  it('rejects max_tokens above the model limit', async () => {
    const response = await postJson(
      createEmulatorFetch(),
      '/v1/messages',
      createMessageBody({ model: 'claude-3-5-haiku-latest', max_tokens: 9000 }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: {
        message:
          'max_tokens: 9000 > 8192, which is the maximum allowed number of output tokens for claude-3-5-haiku-20241022',
      },
    });
  });

  it('answers validation errors with the exact API body', async () => {
    const response = await postJson(createEmulatorFetch(), '/v1/messages', {
      model: 'claude-sonnet-4-5',
      messages: [],
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
      request_id: response.headers.get('request-id'),
    });
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await postJson(createEmulatorFetch(), '/v1/messages', '{"model":');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });

  it('does not consume a scripted turn on a rejected request', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({ content: [{ type: 'text', text: 'kept' }] });
    await postJson(emulator, '/v1/messages', createMessageBody({ max_tokens: undefined }));
    const message = await createMessage(createMessageBody(), emulator);
    expect(message.content[0]?.['text']).toBe('kept');
  });
});
