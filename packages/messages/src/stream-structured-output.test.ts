import { AnthropicError, StructuredOutputError, type TextBlock } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemaOutputFormat } from './json-schema-output-format.js';
import { Messages } from './messages.js';
import { streamMessage } from './stream-message.js';
import { emulatedClient } from './test-client.js';
import { zodOutputFormat } from './zod-output-format.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Go' }] };
const Weather = z.object({ city: z.string(), highs: z.array(z.number().int()) });

describe('streamMessage with structured outputs', () => {
  it('gives the final message (and message events) a typed parsed_output, parsed once the text is complete', async () => {
    const { client, emulator } = emulatedClient();
    const stream = streamMessage(client, { ...base, output_config: { format: zodOutputFormat(Weather) } });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const events: unknown[] = [];
    stream.on('message', (message) => events.push(message.parsed_output));
    const message = await stream.finalMessage();
    expectTypeOf(message.parsed_output).toEqualTypeOf<{ city: string; highs: number[] } | null>();
    expect(message.parsed_output).toEqual({ city: 'example city', highs: [1] });
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join('')).toBe('{"city":"example city","highs":[1]}');
    expect(events).toEqual([{ city: 'example city', highs: [1] }]);
    expect((message.content[0] as TextBlock & { parsed_output: unknown }).parsed_output).toEqual(message.parsed_output);
    const body = emulator.requests[0]?.body as Record<string, unknown>;
    expect(body).toEqual({
      ...base,
      stream: true,
      output_config: {
        format: {
          type: 'json_schema',
          schema: {
            type: 'object',
            properties: {
              city: { type: 'string' },
              highs: {
                type: 'array',
                items: { type: 'integer', description: '{minimum: -9007199254740991, maximum: 9007199254740991}' },
              },
            },
            additionalProperties: false,
            required: ['city', 'highs'],
          },
        },
      },
    });
  });

  it('gives parsed_output: null without a format, and with a plain format (no parse)', async () => {
    const { client } = emulatedClient();
    const none = await streamMessage(client, base).finalMessage();
    expectTypeOf(none.parsed_output).toEqualTypeOf<null>();
    expect(none).toHaveProperty('parsed_output', null);
    expect(none.content[0]).toHaveProperty('parsed_output', null);
    const plainFormat = {
      type: 'json_schema' as const,
      schema: { type: 'object', properties: {}, additionalProperties: false },
    };
    const plain = await new Messages(client).stream({ ...base, output_config: { format: plainFormat } }).finalMessage();
    expect(plain.parsed_output).toBeNull();
    expect(plain.content[0]).toMatchObject({ type: 'text', text: '{}' });
  });

  it('fails the stream when the reply does not parse: finalMessage rejects and error is emitted', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ structuredOutput: 'max_tokens' });
    const stream = streamMessage(client, { ...base, output_config: { format: zodOutputFormat(Weather) } });
    const errors: AnthropicError[] = [];
    stream.on('error', (error) => errors.push(error));
    const error = await stream.finalMessage().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StructuredOutputError);
    expect((error as StructuredOutputError).message).toMatch(/stopped at max_tokens before the JSON was complete/);
    expect((error as StructuredOutputError).rawText).toBe('{"city":"example c');
    expect(errors).toEqual([error]);
  });

  it('types Messages.stream from the format', async () => {
    const { client } = emulatedClient();
    const format = jsonSchemaOutputFormat({ type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] });
    const message = await new Messages(client).stream({ ...base, output_config: { format } }).finalMessage();
    expectTypeOf(message.parsed_output).toEqualTypeOf<{ n: number } | null>();
    expect(message.parsed_output).toEqual({ n: 1 });
  });
});
