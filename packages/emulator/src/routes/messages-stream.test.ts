import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { accumulateMessage } from '../testing/accumulate-message.js';
import { createMessageBody, deltasOfBlock, postJson, readServerSentEvents } from '../testing/request-helpers.js';
import type { ScriptedTurn } from '../types.js';

const richTurn: ScriptedTurn = {
  id: 'msg_fixed',
  content: [
    { type: 'thinking', thinking: 'The user wants the weather in Paris.', signature: 'sig_1' },
    {
      type: 'text',
      text: 'Paris is sunny — 😀 promise!',
      citations: [
        { type: 'char_location', cited_text: 'sunny', document_index: 0, start_char_index: 0, end_char_index: 5 },
      ],
    },
    {
      type: 'tool_use',
      id: 'toolu_fixed',
      name: 'get_weather',
      input: { city: 'Paris', units: ['c', 'f'], nested: { deep: true } },
    },
    { type: 'redacted_thinking', data: 'opaque' },
  ],
};

async function stream(turn?: ScriptedTurn, options: { chunkSize?: number; body?: Record<string, unknown> } = {}) {
  const emulator = createEmulatorFetch(options.chunkSize ? { chunkSize: options.chunkSize } : {});
  if (turn) emulator.script(turn);
  const response = await postJson(emulator, '/v1/messages', createMessageBody({ stream: true, ...options.body }));
  return { response, events: await readServerSentEvents(response) };
}

describe('POST /v1/messages with stream: true', () => {
  it('sends the SSE headers', async () => {
    const { response } = await stream();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('request-id')).toMatch(/^req_/);
  });

  it('frames every event as `event: <name>\\ndata: <json>\\n\\n` with a matching data.type', async () => {
    const emulator = createEmulatorFetch();
    const response = await postJson(emulator, '/v1/messages', createMessageBody({ stream: true }));
    const text = await response.text();
    expect(text.endsWith('\n\n')).toBe(true);
    for (const frame of text.slice(0, -2).split('\n\n')) {
      const [eventLine, dataLine, ...rest] = frame.split('\n');
      expect(rest).toEqual([]);
      expect(eventLine).toMatch(/^event: [a-z_]+$/);
      const data = JSON.parse(dataLine?.replace(/^data: /, '') ?? '') as { type: string };
      expect(data.type).toBe(eventLine?.slice('event: '.length));
    }
  });

  it('follows the API event order', async () => {
    const { events } = await stream(richTurn);
    expect(events.map((event) => event.event)).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      ...Array<string>(5 + 1).fill('content_block_delta'), // 36 chars of thinking in 8s, then the signature
      'content_block_stop',
      'content_block_start',
      ...Array<string>(1 + 4).fill('content_block_delta'), // one citation, 27 code points of text in 8s
      'content_block_stop',
      'content_block_start',
      ...Array<string>(1 + 8).fill('content_block_delta'), // the opening "" and 57 chars of JSON in 8s
      'content_block_stop',
      'content_block_start',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
  });

  it('starts with an empty message and provisional usage', async () => {
    const { events } = await stream(richTurn);
    const start = events[0]?.data['message'] as Record<string, unknown>;
    expect(start).toMatchObject({
      id: 'msg_fixed',
      type: 'message',
      role: 'assistant',
      content: [],
      stop_reason: null,
      stop_sequence: null,
    });
    expect(start['usage']).toMatchObject({
      input_tokens: 3,
      output_tokens: 1,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    });
  });

  it('starts blocks empty, the way the API does', async () => {
    const { events } = await stream(richTurn);
    const starts = events
      .filter((event) => event.event === 'content_block_start')
      .map((event) => event.data['content_block']);
    expect(starts).toEqual([
      { type: 'thinking', thinking: '', signature: '' },
      { type: 'text', text: '', citations: null },
      { type: 'tool_use', id: 'toolu_fixed', name: 'get_weather', input: {} },
      { type: 'redacted_thinking', data: 'opaque' },
    ]);
  });

  it('chunks text by chunkSize and the deltas concatenate to the scripted text', async () => {
    const { events } = await stream(richTurn, { chunkSize: 3 });
    const textDeltas = deltasOfBlock(events, 1).filter((delta) => delta['type'] === 'text_delta');
    expect(textDeltas.map((delta) => delta['text']).join('')).toBe('Paris is sunny — 😀 promise!');
    for (const delta of textDeltas.slice(0, -1)) expect(Array.from(String(delta['text']))).toHaveLength(3);
  });

  it('sends citations before the text they belong to', async () => {
    const { events } = await stream(richTurn);
    const deltas = deltasOfBlock(events, 1);
    expect(deltas[0]).toEqual({ type: 'citations_delta', citation: expect.objectContaining({ cited_text: 'sunny' }) });
    expect(deltas.slice(1).every((delta) => delta['type'] === 'text_delta')).toBe(true);
  });

  it('streams tool input as partial_json pieces that parse to the input', async () => {
    const { events } = await stream(richTurn);
    const deltas = deltasOfBlock(events, 2);
    expect(deltas[0]).toEqual({ type: 'input_json_delta', partial_json: '' });
    const json = deltas.map((delta) => delta['partial_json']).join('');
    expect(JSON.parse(json)).toEqual({ city: 'Paris', units: ['c', 'f'], nested: { deep: true } });
  });

  it('streams thinking then one signature_delta', async () => {
    const { events } = await stream(richTurn);
    const deltas = deltasOfBlock(events, 0);
    expect(deltas.at(-1)).toEqual({ type: 'signature_delta', signature: 'sig_1' });
    expect(
      deltas
        .slice(0, -1)
        .map((delta) => delta['thinking'])
        .join(''),
    ).toBe('The user wants the weather in Paris.');
  });

  it('ends with message_delta carrying stop reason and final usage', async () => {
    const { events } = await stream(richTurn);
    expect(events.at(-2)?.data).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'tool_use', stop_sequence: null, stop_details: null, container: null },
      usage: {
        output_tokens: expect.any(Number),
        input_tokens: 3,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        server_tool_use: null,
      },
    });
    expect(events.at(-1)?.data).toEqual({ type: 'message_stop' });
  });

  it('accumulates to exactly the non-streaming Message', async () => {
    const emulator = createEmulatorFetch();
    emulator.script(richTurn, richTurn);
    const streamed = accumulateMessage(
      await readServerSentEvents(await postJson(emulator, '/v1/messages', createMessageBody({ stream: true }))),
    );
    const plain = (await (await postJson(emulator, '/v1/messages', createMessageBody())).json()) as Record<
      string,
      unknown
    >;
    expect(streamed).toEqual(plain);
  });

  it('streams the default reply too', async () => {
    const { events } = await stream(undefined, {
      body: { max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 1024 } },
    });
    const message = accumulateMessage(events);
    expect(message['content']).toEqual([
      { type: 'thinking', thinking: expect.any(String), signature: expect.any(String) },
      { type: 'text', text: 'Hello! You said: "Hello there"', citations: null },
    ]);
  });
});
