import { AnthropicError, StructuredOutputError, type TextBlock } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { z as zod3v4 } from 'zod-v3/v4';
import { jsonSchemaOutputFormat } from './json-schema-output-format.js';
import { Messages } from './messages.js';
import { parseMessage } from './parse-message.js';
import { emulatedClient } from './test-client.js';
import { zodOutputFormat } from './zod-output-format.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Go' }] };

const Person = z.object({
  name: z.string().min(1).describe('Full name'),
  born: z.number().int(),
  email: z.email(),
  role: z.enum(['engineer', 'poet']),
});

/** What zodOutputFormat(Person) sends: zod's JSON Schema, transformed (spec §7.4). */
const personWire = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'Full name\n\n{minLength: 1}' },
    born: { type: 'integer', description: '{minimum: -9007199254740991, maximum: 9007199254740991}' },
    email: { type: 'string', format: 'email', description: '{pattern: ' },
    role: { enum: ['engineer', 'poet'] },
  },
  additionalProperties: false,
  required: ['name', 'born', 'email', 'role'],
};

async function rejection(promise: Promise<unknown>): Promise<StructuredOutputError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StructuredOutputError);
  return error as StructuredOutputError;
}

describe('parseMessage with zodOutputFormat', () => {
  it('sends the transformed schema (and no parse function), and types and validates parsed_output', async () => {
    const { client, emulator } = emulatedClient();
    const message = await parseMessage(client, { ...base, output_config: { format: zodOutputFormat(Person) } });

    const body = emulator.requests[0]?.body as {
      output_config: { format: { type: string; schema: typeof personWire } };
    };
    expect(Object.keys(body)).toEqual(['model', 'max_tokens', 'messages', 'output_config']);
    expect(Object.keys(body.output_config.format)).toEqual(['type', 'schema']);
    expect(body.output_config.format.type).toBe('json_schema');
    const { schema } = body.output_config.format;
    expect(JSON.stringify(Object.keys(schema))).toBe(JSON.stringify(Object.keys(personWire)));
    expect(schema.properties.name).toEqual(personWire.properties.name);
    expect(schema.properties.born).toEqual(personWire.properties.born);
    expect(schema.properties.role).toEqual(personWire.properties.role);
    expect(schema.properties.email.format).toBe('email');
    expect(schema.properties.email.description).toMatch(/^\{pattern: ".+"\}$/);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(personWire.required);
    expect(emulator.requests[0]?.rawBody).not.toContain('parse');
    expect(emulator.requests[0]?.rawBody).not.toContain('$schema');

    expectTypeOf(message.parsed_output).toEqualTypeOf<{
      name: string;
      born: number;
      email: string;
      role: 'engineer' | 'poet';
    } | null>();
    expect(message.parsed_output).toEqual({
      name: 'example name',
      born: 1,
      email: 'ada@example.com',
      role: 'engineer',
    });
    const [block] = message.content;
    expect(block?.type).toBe('text');
    expect((block as TextBlock & { parsed_output: unknown }).parsed_output).toEqual(message.parsed_output);
    expect(Object.keys(block as object)).not.toContain('parsed_output');
    expect(message._request_id).toMatch(/^req_/);
  });

  it('rejects a reply that fails the schema, listing the issues, with the raw text', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: '{"name": "", "born": 1.5, "email": "x", "role": "king"}' }] });
    const error = await rejection(
      parseMessage(client, { ...base, output_config: { format: zodOutputFormat(Person) } }),
    );
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error.rawText).toBe('{"name": "", "born": 1.5, "email": "x", "role": "king"}');
    expect(error.issues.map((issue) => issue.path)).toEqual([['name'], ['born'], ['email'], ['role']]);
    expect(error.message).toMatch(
      /^Failed to parse structured output: the reply does not match the schema \(4 issues\):\n {2}- name: .+\n {2}- born: .+\n {2}- email: .+\n {2}- role: .+$/,
    );
  });

  it('rejects a reply that is not JSON, and says when max_tokens cut it', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ structuredOutput: 'invalid_json' }, { structuredOutput: 'max_tokens' });
    const params = { ...base, output_config: { format: zodOutputFormat(Person) } };
    const invalid = await rejection(parseMessage(client, params));
    expect(invalid.message).toMatch(/^Failed to parse structured output: the reply is not valid JSON \(.+\)\.$/);
    expect(invalid.rawText).toMatch(/^Here is the JSON you asked for:\n\{/);
    expect(invalid.cause).toBeInstanceOf(SyntaxError);
    const cut = await rejection(parseMessage(client, params));
    expect(cut.message).toMatch(
      /^Failed to parse structured output: the reply stopped at max_tokens before the JSON was complete \(.+\); raise max_tokens\.$/,
    );
    expect(cut.rawText.startsWith('{"name":')).toBe(true);
  });

  it('works with zod 3.25 "zod/v4" given its converter, and explains what is missing without it', async () => {
    const { client } = emulatedClient();
    const schema = zod3v4.object({ city: zod3v4.string() });
    const format = zodOutputFormat(schema, { toJSONSchema: zod3v4.toJSONSchema });
    const message = await parseMessage(client, { ...base, output_config: { format } });
    expectTypeOf(message.parsed_output).toEqualTypeOf<{ city: string } | null>();
    expect(message.parsed_output).toEqual({ city: 'example city' });
    expect(() => zodOutputFormat(schema)).toThrow(AnthropicError);
    expect(() => zodOutputFormat(schema)).toThrow(/zodOutputFormat to JSON Schema.*toJSONSchema: z\.toJSONSchema/);
  });

  it('refuses what JSON Schema cannot express, and a non-zod schema, before any request', () => {
    expect(() => zodOutputFormat(z.object({ at: z.date() }))).toThrow(
      /^Cannot convert the schema given to zodOutputFormat to JSON Schema: /,
    );
    expect(() => zodOutputFormat({} as never)).toThrow('The schema given to zodOutputFormat is not a Zod 4 schema.');
  });

  it('shares reused sub-schemas as $defs/$ref', () => {
    const Address = z.object({ street: z.string() });
    const format = zodOutputFormat(z.object({ home: Address, work: Address }));
    expect(format.schema).toEqual({
      $defs: {
        __schema0: {
          type: 'object',
          properties: { street: { type: 'string' } },
          additionalProperties: false,
          required: ['street'],
        },
      },
      type: 'object',
      properties: { home: { $ref: '#/$defs/__schema0' }, work: { $ref: '#/$defs/__schema0' } },
      additionalProperties: false,
      required: ['home', 'work'],
    });
  });
});

describe('parseMessage with JSON schemas', () => {
  it('types parsed_output from an inline schema and sends it transformed', async () => {
    const { client, emulator } = emulatedClient();
    const format = jsonSchemaOutputFormat({
      type: 'object',
      properties: { primes: { type: 'array', items: { type: 'integer' }, minItems: 3 }, note: { type: 'string' } },
      required: ['primes'],
    });
    const message = await parseMessage(client, { ...base, output_config: { format } });
    expectTypeOf(message.parsed_output).toEqualTypeOf<{ primes: number[]; note?: string } | null>();
    expect(message.parsed_output).toEqual({ primes: [1], note: 'example note' });
    expect(emulator.requests[0]?.rawBody).toBe(
      JSON.stringify({
        ...base,
        output_config: {
          format: {
            type: 'json_schema',
            schema: {
              type: 'object',
              properties: {
                primes: { type: 'array', items: { type: 'integer' }, description: '{minItems: 3}' },
                note: { type: 'string' },
              },
              additionalProperties: false,
              required: ['primes'],
            },
          },
        },
      }),
    );
  });

  it('sends the schema untouched with transform: false', async () => {
    const { client, emulator } = emulatedClient();
    const schema = { type: 'object', properties: { n: { type: 'integer', minimum: 2 } }, required: ['n'] } as const;
    await parseMessage(client, {
      ...base,
      output_config: { format: jsonSchemaOutputFormat(schema, { transform: false }) },
    });
    expect((emulator.requests[0]?.body as { output_config: unknown }).output_config).toEqual({
      format: { type: 'json_schema', schema },
    });
  });

  it('JSON.parses with a plain format, and gives null without one', async () => {
    const { client } = emulatedClient();
    const plain = await parseMessage(client, {
      ...base,
      output_config: {
        format: { type: 'json_schema', schema: { type: 'object', properties: {}, additionalProperties: false } },
      },
    });
    expectTypeOf(plain.parsed_output).toEqualTypeOf<null>();
    expect(plain.parsed_output).toEqual({});
    const none = await parseMessage(client, base);
    expect(none.parsed_output).toBeNull();
    expect(none.content[0]).toHaveProperty('parsed_output', null);
  });

  it('refuses a schema that is not an object', () => {
    expect(() => jsonSchemaOutputFormat({ type: 'string' } as never)).toThrow(
      'jsonSchemaOutputFormat: the JSON schema must have "type": "object" at the top level, but got "string".',
    );
  });
});

describe('Messages.parse', () => {
  it('forwards to parseMessage', async () => {
    const { client, emulator } = emulatedClient();
    const format = jsonSchemaOutputFormat({
      type: 'object',
      properties: { ok: { type: 'boolean' } },
      required: ['ok'],
    });
    const message = await new Messages(client).parse({ ...base, output_config: { format } });
    expectTypeOf(message.parsed_output).toEqualTypeOf<{ ok: boolean } | null>();
    expect(message.parsed_output).toEqual({ ok: true });
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBeNull();
  });
});
