import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { accumulateMessage } from '../testing/accumulate-message.js';
import { createMessageBody, deltasOfBlock, postJson, readServerSentEvents } from '../testing/request-helpers.js';

const format = {
  type: 'json_schema',
  schema: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      forecast: { type: 'array', items: { $ref: '#/$defs/Day' } },
      unit: { enum: ['c', 'f'] },
    },
    required: ['city', 'forecast', 'unit'],
    additionalProperties: false,
    $defs: {
      Day: {
        type: 'object',
        properties: { date: { type: 'string', format: 'date' }, high: { type: 'integer' } },
        required: ['date', 'high'],
        additionalProperties: false,
      },
    },
  },
};
const expected = { city: 'example city', forecast: [{ date: '2026-01-15', high: 1 }], unit: 'c' };

describe('POST /v1/messages with output_config.format', () => {
  it('replies with JSON satisfying the schema', async () => {
    const emulator = createEmulatorFetch();
    const response = await postJson(emulator, '/v1/messages', createMessageBody({ output_config: { format } }));
    const message = (await response.json()) as { content: Array<{ type: string; text: string }>; stop_reason: string };
    expect(message.stop_reason).toBe('end_turn');
    expect(message.content).toHaveLength(1);
    expect(JSON.parse(message.content[0]?.text ?? '')).toEqual(expected);
  });

  it('streams the same JSON as text deltas split across events', async () => {
    const emulator = createEmulatorFetch({ chunkSize: 5 });
    const response = await postJson(
      emulator,
      '/v1/messages',
      createMessageBody({ stream: true, output_config: { effort: 'low', format } }),
    );
    const events = await readServerSentEvents(response);
    const deltas = deltasOfBlock(events, 0);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.every((delta) => delta['type'] === 'text_delta')).toBe(true);
    const message = accumulateMessage(events) as { content: Array<{ text: string }> };
    expect(JSON.parse(message.content[0]?.text ?? '')).toEqual(expected);
  });

  it('can be scripted to reply with JSON that does not parse, or cut at max_tokens', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({ structuredOutput: 'invalid_json' }, { structuredOutput: 'max_tokens' });
    const body = createMessageBody({ output_config: { format } });
    const invalid = (await (await postJson(emulator, '/v1/messages', body)).json()) as {
      content: Array<{ text: string }>;
    };
    expect(invalid.content[0]?.text).toBe(`Here is the JSON you asked for:\n${JSON.stringify(expected)}`);
    const cut = (await (await postJson(emulator, '/v1/messages', body)).json()) as {
      content: Array<{ text: string }>;
      stop_reason: string;
    };
    expect(cut.stop_reason).toBe('max_tokens');
    expect(JSON.stringify(expected).startsWith(cut.content[0]?.text ?? 'x')).toBe(true);
    expect(() => JSON.parse(cut.content[0]?.text ?? '')).toThrow(SyntaxError);
  });

  it('cuts the JSON at the request max_tokens like any reply', async () => {
    const emulator = createEmulatorFetch();
    const response = await postJson(
      emulator,
      '/v1/messages',
      createMessageBody({ max_tokens: 4, output_config: { format } }),
    );
    const message = (await response.json()) as { content: Array<{ text: string }>; stop_reason: string };
    expect(message.stop_reason).toBe('max_tokens');
    expect(message.content[0]?.text).toBe(JSON.stringify(expected).slice(0, 16));
  });

  it('a scripted text reply wins over the generated JSON', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({ content: [{ type: 'text', text: '{"city": 3}' }] });
    const response = await postJson(emulator, '/v1/messages', createMessageBody({ output_config: { format } }));
    expect(((await response.json()) as { content: Array<{ text: string }> }).content[0]?.text).toBe('{"city": 3}');
  });

  it.each([
    [
      { format: { type: 'json', schema: {} } },
      "output_config.format: Input tag 'json' found using 'type' does not match any of the expected tags: 'json_schema'",
    ],
    [{ format: { type: 'json_schema' } }, 'output_config.format.schema: Field required'],
    [
      { format: { type: 'json_schema', schema: [] } },
      'output_config.format.schema: Input should be a valid dictionary',
    ],
    [
      { format: { type: 'json_schema', schema: {}, parse: 'x' } },
      'output_config.format.parse: Extra inputs are not permitted',
    ],
    [{ effort: 'extreme' }, "output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'"],
    [{ verbosity: 1 }, 'output_config.verbosity: Extra inputs are not permitted'],
    ['json', 'output_config: Input should be a valid dictionary'],
  ])('rejects a malformed output_config %j', async (outputConfig, message) => {
    const emulator = createEmulatorFetch();
    const response = await postJson(emulator, '/v1/messages', createMessageBody({ output_config: outputConfig }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(message);
  });
});
