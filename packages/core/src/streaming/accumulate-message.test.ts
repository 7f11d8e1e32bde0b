import { describe, expect, it, vi } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { ToolInputParseError } from '../errors/tool-input-parse-error.js';
import { accumulateMessageEvent, type AccumulatableMessage } from './accumulate-message.js';
import { parsePartialJSON } from './partial-json.js';
import { expectedItems, MESSAGE_EVENTS, readFixture } from './test-helpers.js';

// The partial-JSON parser, counted (it still parses): how often it runs is what makes tool inputs
// linear or quadratic in their length.
vi.mock('./partial-json.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./partial-json.js')>();
  return { ...original, parsePartialJSON: vi.fn(original.parsePartialJSON) };
});

type Block = Record<string, unknown> & { type: string };
interface TestMessage extends AccumulatableMessage {
  id: string;
  model: string;
  content: Block[];
  stop_reason: string | null;
  stop_sequence: string | null;
  usage: Record<string, unknown>;
  [key: string]: unknown;
}
type Event = { type: string } & Record<string, unknown>;

function accumulate(events: readonly Event[], start?: TestMessage): TestMessage {
  let snapshot = start;
  for (const event of events) snapshot = accumulateMessageEvent(snapshot, event);
  return snapshot!;
}

function fixtureEvents(name: string): Event[] {
  return expectedItems(readFixture(name), MESSAGE_EVENTS) as Event[];
}

function start(usage: Record<string, unknown> = { input_tokens: 10, output_tokens: 1 }): Event {
  return {
    type: 'message_start',
    message: {
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'claude-x',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage,
    },
  };
}
const blockStart = (index: number, content_block: Block): Event => ({
  type: 'content_block_start',
  index,
  content_block,
});
const delta = (index: number, value: Record<string, unknown>): Event => ({
  type: 'content_block_delta',
  index,
  delta: value,
});
const stop = (index: number): Event => ({ type: 'content_block_stop', index });

describe('accumulateMessageEvent: fixtures', () => {
  it('builds a text reply', () => {
    const message = accumulate(fixtureEvents('text-reply.sse'));
    expect(message).toEqual({
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5-20250929',
      content: [{ type: 'text', text: 'Bonjour, ça va ? 日本語 🎉 — fin.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 25,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: 15,
        service_tier: 'standard',
      },
    });
  });

  it('builds a tool call from chunked input_json_delta, and serialises it without the buffer', () => {
    const message = accumulate(fixtureEvents('tool-use.sse'));
    const expectedInput = { location: 'San Francisco, CA', unit: 'fahrenheit', days: 10, note: 'café 😀' };
    expect(message.content[1]).toEqual({
      type: 'tool_use',
      id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
      name: 'get_weather',
      input: expectedInput,
    });
    const block = message.content[1]!;
    // Frozen to a plain data property; nothing but the API's keys, in the API's order.
    expect(Object.getOwnPropertyDescriptor(block, 'input')).toMatchObject({
      value: expectedInput,
      writable: true,
      enumerable: true,
    });
    expect(JSON.stringify(block)).toBe(
      JSON.stringify({
        type: 'tool_use',
        id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
        name: 'get_weather',
        input: expectedInput,
      }),
    );
    expect(JSON.stringify(message)).not.toContain('San Fra"');
    expect(structuredClone(block)).toEqual(block);
    expect(message.stop_reason).toBe('tool_use');
  });

  it('builds thinking with its signature', () => {
    const message = accumulate(fixtureEvents('thinking.sse'));
    expect(message.content).toEqual([
      {
        type: 'thinking',
        thinking: 'Let me solve this step by step:\n\n1. First break down 27 * 453\n2. 453 = 400 + 50 + 3',
        signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds',
      },
      { type: 'text', text: '27 * 453 = 12,231' },
    ]);
  });

  it('builds citations, starting from null or from an empty array', () => {
    const message = accumulate(fixtureEvents('citations.sse'));
    expect(message.content[0]).toEqual({ type: 'text', text: 'According to the document, ', citations: null });
    const cited = message.content[1] as unknown as { citations: Array<{ cited_text: string }> };
    expect(cited.citations.map((citation) => citation.cited_text)).toEqual([
      'The grass is green. ',
      'The sky is blue.',
    ]);
    // Null counts in message_delta never overwrite; the non-null ones do.
    expect(message.usage).toEqual({
      input_tokens: 610,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 200,
      output_tokens: 30,
    });
  });

  it('does not mutate the events it is given', () => {
    const events = fixtureEvents('tool-use.sse');
    const copy = structuredClone(events);
    accumulate(events);
    expect(events).toEqual(copy);
  });
});

describe('accumulateMessageEvent: rules', () => {
  it('throws on a second message_start and on events before message_start', () => {
    const snapshot = accumulate([start()]);
    expect(() => accumulateMessageEvent(snapshot, start())).toThrow(
      new AnthropicError('Unexpected event order, got message_start before receiving "message_stop"'),
    );
    expect(() => accumulateMessageEvent(undefined, stop(0))).toThrow(
      new AnthropicError('Unexpected event order, got content_block_stop before "message_start"'),
    );
    expect(() => accumulateMessageEvent(undefined, { type: 'message_stop' })).toThrow(AnthropicError);
  });

  it('applies deltas only to blocks they fit, and ignores unknown deltas, events and indices', () => {
    const message = accumulate([
      start(),
      blockStart(0, { type: 'text', text: '' }),
      blockStart(1, { type: 'thinking', thinking: '', signature: '' }),
      blockStart(2, { type: 'redacted_thinking', data: 'opaque' }),
      delta(0, { type: 'thinking_delta', thinking: 'no' }),
      delta(0, { type: 'signature_delta', signature: 'no' }),
      delta(0, { type: 'input_json_delta', partial_json: '{"no":1}' }),
      delta(1, { type: 'text_delta', text: 'no' }),
      delta(1, { type: 'citations_delta', citation: { no: 1 } }),
      delta(2, { type: 'text_delta', text: 'no' }),
      delta(0, { type: 'brand_new_delta', text: 'no' }),
      delta(9, { type: 'text_delta', text: 'no' }),
      { type: 'brand_new_event', index: 0 },
      stop(9),
      delta(0, { type: 'text_delta', text: 'yes' }),
    ]);
    expect(message.content).toEqual([
      { type: 'text', text: 'yes' },
      { type: 'thinking', thinking: '', signature: '' },
      { type: 'redacted_thinking', data: 'opaque' },
    ]);
  });

  it('replaces the signature instead of appending', () => {
    const message = accumulate([
      start(),
      blockStart(0, { type: 'thinking', thinking: '', signature: '' }),
      delta(0, { type: 'signature_delta', signature: 'first' }),
      delta(0, { type: 'signature_delta', signature: 'second' }),
    ]);
    expect(message.content[0]?.['signature']).toBe('second');
  });

  it('copies message_start: later events never change the event objects', () => {
    const first = start();
    const block = { type: 'text', text: '' };
    const message = accumulate([first, blockStart(0, block), delta(0, { type: 'text_delta', text: 'hi' })]);
    expect(block.text).toBe('');
    expect((first['message'] as TestMessage).content).toEqual([]);
    expect((first['message'] as TestMessage).usage['output_tokens']).toBe(1);
    expect(message.content[0]).not.toBe(block);
  });

  it('merges message_delta: stop fields always, container and counts only when non-null, totals overwrite', () => {
    const message = accumulate([
      start({
        input_tokens: 10,
        cache_creation_input_tokens: 3,
        cache_read_input_tokens: 4,
        output_tokens: 1,
        server_tool_use: { web_search_requests: 1 },
      }),
      {
        type: 'message_delta',
        delta: {
          stop_reason: 'pause_turn',
          stop_sequence: null,
          stop_details: { type: 'refusal' },
          container: { id: 'c1' },
        },
        usage: {
          output_tokens: 5,
          input_tokens: 12,
          cache_creation_input_tokens: null,
          cache_read_input_tokens: 6,
          server_tool_use: null,
          output_tokens_details: { thinking_tokens: 2 },
        },
      },
      {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: 'STOP', stop_details: null, container: null },
        usage: { output_tokens: 9, input_tokens: null, server_tool_use: { web_search_requests: 2 } },
      },
    ]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.stop_sequence).toBe('STOP');
    expect(message['stop_details']).toBeNull();
    expect(message['container']).toEqual({ id: 'c1' });
    expect(message.usage).toEqual({
      input_tokens: 12,
      cache_creation_input_tokens: 3,
      cache_read_input_tokens: 6,
      output_tokens: 9,
      server_tool_use: { web_search_requests: 2 },
      output_tokens_details: { thinking_tokens: 2 },
    });
    expect('context_management' in message).toBe(false);
  });

  it('handles the beta pieces: iterations, fallback_credit, context_management, fallback blocks, compaction', () => {
    const message = accumulate([
      start(),
      blockStart(0, { type: 'fallback', to: { model: 'claude-fallback-1' } }),
      stop(0),
      blockStart(1, { type: 'compaction', content: null, encrypted_content: null }),
      delta(1, { type: 'compaction_delta', content: 'Summary so far', encrypted_content: null }),
      delta(1, { type: 'compaction_delta', content: null, encrypted_content: 'enc-1' }),
      delta(1, { type: 'compaction_delta', content: ': more.', encrypted_content: 'enc-2' }),
      stop(1),
      {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: 3, iterations: [{ input_tokens: 1 }], fallback_credit: { amount: 2 } },
        context_management: { applied_edits: [] },
      },
      {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: 4, iterations: null },
        context_management: null,
      },
      { type: 'message_stop' },
    ]);
    expect(message.model).toBe('claude-fallback-1');
    expect(message.content[1]).toEqual({
      type: 'compaction',
      content: 'Summary so far: more.',
      encrypted_content: 'enc-2',
    });
    expect(message.usage).toEqual({
      input_tokens: 10,
      output_tokens: 4,
      iterations: [{ input_tokens: 1 }],
      fallback_credit: { amount: 2 },
    });
    expect(message['context_management']).toEqual({ applied_edits: [] });
  });
});

describe('accumulateMessageEvent: tool input', () => {
  function toolMessage(type = 'tool_use'): TestMessage {
    return accumulate([start(), blockStart(0, { type, id: 'toolu_1', name: 'lookup', input: {} })]);
  }

  it.each(['tool_use', 'server_tool_use', 'mcp_tool_use'])('streams %s input, parsed lazily on read', (type) => {
    const message = toolMessage(type);
    const block = message.content[0]!;
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '{"query": "par' }));
    expect(block['input']).toEqual({});
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: 'is", "limit": 1' }));
    expect(block['input']).toEqual({ query: 'paris', limit: 1 });
    expect(JSON.parse(JSON.stringify(block))).toEqual({
      type,
      id: 'toolu_1',
      name: 'lookup',
      input: { query: 'paris', limit: 1 },
    });
    expect(Object.keys(block)).toEqual(['type', 'id', 'name', 'input']);
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '0}' }));
    accumulateMessageEvent(message, stop(0));
    expect(block['input']).toEqual({ query: 'paris', limit: 10 });
  });

  it('caches the parse until the next delta', () => {
    const message = toolMessage();
    const block = message.content[0]!;
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '{"a": [1, 2' }));
    const first = block['input'];
    expect(block['input']).toBe(first);
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: ', 3' }));
    expect(block['input']).not.toBe(first);
    expect(block['input']).toEqual({ a: [1, 2, 3] });
  });

  it('costs O(total length) when nobody reads the input between deltas', () => {
    const message = toolMessage();
    const value = 'x'.repeat(40);
    const parts = [
      `{"items": [`,
      ...Array.from({ length: 10_000 }, (_, index) => `${index ? ',' : ''}"${value}"`),
      ']}',
    ];
    vi.mocked(parsePartialJSON).mockClear();
    for (const part of parts)
      accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: part }));
    // Re-parsing per delta would scan ~2 GB here; with nobody reading `input`, the partial parser
    // never ran. A read parses once; the stop parses the whole buffer with JSON.parse.
    expect(parsePartialJSON).not.toHaveBeenCalled();
    expect((message.content[0]!['input'] as { items: string[] }).items).toHaveLength(10_000);
    expect(parsePartialJSON).toHaveBeenCalledTimes(1);
    accumulateMessageEvent(message, stop(0));
    expect(parsePartialJSON).toHaveBeenCalledTimes(1);
    expect((message.content[0]!['input'] as { items: string[] }).items).toHaveLength(10_000);
  });

  it('keeps input {} when a tool block gets no delta, and {} for an empty buffer', () => {
    const untouched = toolMessage();
    accumulateMessageEvent(untouched, stop(0));
    expect(untouched.content[0]!['input']).toEqual({});
    const empty = toolMessage();
    accumulateMessageEvent(empty, delta(0, { type: 'input_json_delta', partial_json: '' }));
    expect(empty.content[0]!['input']).toEqual({});
    accumulateMessageEvent(empty, stop(0));
    expect(empty.content[0]!['input']).toEqual({});
  });

  it('lets the input be assigned while streaming', () => {
    const message = toolMessage();
    const block = message.content[0]!;
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '{"a": 1' }));
    block['input'] = { replaced: true };
    expect(block['input']).toEqual({ replaced: true });
  });

  it('keeps the last good partial value when the buffer stops being JSON, then fails at stop', () => {
    const message = toolMessage();
    const block = message.content[0]!;
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '{"a": 1, ' }));
    expect(block['input']).toEqual({ a: 1 });
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '"b": nope}' }));
    expect(block['input']).toEqual({ a: 1 });
    let failure: unknown;
    try {
      accumulateMessageEvent(message, stop(0));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ToolInputParseError);
    expect(failure).toBeInstanceOf(AnthropicError);
    expect(failure).toMatchObject({
      name: 'ToolInputParseError',
      rawInput: '{"a": 1, "b": nope}',
      toolName: 'lookup',
      toolUseId: 'toolu_1',
    });
    expect((failure as Error).message).toMatch(
      /^Unable to parse tool parameter JSON from model\. Please retry your request or adjust your prompt\. Error: SyntaxError: .+\. JSON: \{"a": 1, "b": nope\}$/,
    );
    expect((failure as Error).cause).toBeInstanceOf(SyntaxError);
    expect(block['input']).toEqual({});
    expect(Object.getOwnPropertyDescriptor(block, 'input')?.value).toEqual({});
  });

  it('fails at stop on a buffer cut short', () => {
    const message = toolMessage();
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '{"a": "unterminated' }));
    expect(() => accumulateMessageEvent(message, stop(0))).toThrow(/JSON: \{"a": "unterminated$/);
  });

  it('throws ToolInputParseError without name or id for a block that has none', () => {
    const message = accumulate([start(), blockStart(0, { type: 'server_tool_use', input: {} })]);
    accumulateMessageEvent(message, delta(0, { type: 'input_json_delta', partial_json: '[1, 2' }));
    let failure: unknown;
    try {
      accumulateMessageEvent(message, stop(0));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ToolInputParseError);
    expect(failure).toMatchObject({ rawInput: '[1, 2', toolName: undefined, toolUseId: undefined });
  });

  it('other accumulator failures are not ToolInputParseError', () => {
    let failure: unknown;
    try {
      accumulateMessageEvent(undefined, stop(0));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AnthropicError);
    expect(failure).not.toBeInstanceOf(ToolInputParseError);
  });
});
