import { AnthropicError, StructuredOutputError } from '@anth/core';
import { toStandardJsonSchema } from '@valibot/to-json-schema';
import { type } from 'arktype';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { BetaMessages } from '../messages/beta-messages.js';
import { parseBetaMessage } from '../messages/parse-beta-message.js';
import { streamBetaMessage } from '../messages/stream-beta-message.js';
import { emulatedClient } from '../test-client.js';
import { betaJSONSchemaOutputFormat } from './beta-json-schema-output-format.js';
import { betaStandardSchemaOutputFormat } from './beta-standard-schema-output-format.js';
import { betaZodOutputFormat } from './beta-zod-output-format.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Go' }] };

/** The same input shape in three libraries: city (≥ 2 chars), optional unit, days. */
const zodCity = z.object({ city: z.string().min(2), unit: z.enum(['c', 'f']).optional(), days: z.array(z.number()) });
const arkCity = type({ city: 'string >= 2', 'unit?': "'c' | 'f'", days: 'number[]' });
const valibotCity = toStandardJsonSchema(
  v.object({
    city: v.pipe(v.string(), v.minLength(2)),
    unit: v.optional(v.picklist(['c', 'f'])),
    days: v.array(v.number()),
  }),
);
type City = { city: string; unit?: 'c' | 'f' | undefined; days: number[] };

describe('BetaMessages.parse', () => {
  it('adds the structured-outputs beta, sends the transformed schema without parse, and types parsed_output', async () => {
    const { client, emulator } = emulatedClient();
    const message = await new BetaMessages(client).parse({
      ...base,
      betas: ['context-management-2025-06-27'],
      output_config: { format: betaZodOutputFormat(zodCity) },
    });
    expectTypeOf(message.parsed_output).toEqualTypeOf<{
      city: string;
      unit?: 'c' | 'f' | undefined;
      days: number[];
    } | null>();
    expect(message.parsed_output).toEqual({ city: 'example city', unit: 'c', days: [1] });
    const [request] = emulator.requests;
    expect(request?.headers.get('anthropic-beta')).toBe('context-management-2025-06-27,structured-outputs-2025-12-15');
    expect(request?.rawBody).toBe(
      JSON.stringify({
        ...base,
        output_config: {
          format: {
            type: 'json_schema',
            schema: {
              type: 'object',
              properties: {
                city: { type: 'string', description: '{minLength: 2}' },
                unit: { enum: ['c', 'f'] },
                days: { type: 'array', items: { type: 'number' } },
              },
              additionalProperties: false,
              required: ['city', 'days'],
            },
          },
        },
      }),
    );
  });

  it('moves the deprecated output_format into output_config.format and parses with it', async () => {
    const { client, emulator } = emulatedClient();
    const format = betaJSONSchemaOutputFormat({
      type: 'object',
      properties: { ok: { type: 'boolean' } },
      required: ['ok'],
    });
    const message = await parseBetaMessage(client, {
      ...base,
      output_format: format,
      output_config: { effort: 'low' },
    });
    expectTypeOf(message.parsed_output).toEqualTypeOf<{ ok: boolean } | null>();
    expect(message.parsed_output).toEqual({ ok: true });
    expect(emulator.requests[0]?.body).toEqual({
      ...base,
      output_config: {
        effort: 'low',
        format: {
          type: 'json_schema',
          schema: {
            type: 'object',
            properties: { ok: { type: 'boolean' } },
            additionalProperties: false,
            required: ['ok'],
          },
        },
      },
    });
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBe('structured-outputs-2025-12-15');
  });

  it('refuses both output_format and output_config.format before sending', () => {
    const { client, emulator } = emulatedClient();
    const format = betaJSONSchemaOutputFormat({ type: 'object', properties: {} });
    expect(() => parseBetaMessage(client, { ...base, output_format: format, output_config: { format } })).toThrow(
      AnthropicError,
    );
    expect(() => parseBetaMessage(client, { ...base, output_format: format, output_config: { format } })).toThrow(
      /Both output_format and output_config\.format/,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('rejects a reply failing the schema with the issues and the raw text', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: '{"city": "P", "days": ["x"]}' }] });
    const error = await parseBetaMessage(client, {
      ...base,
      output_config: { format: betaStandardSchemaOutputFormat(arkCity) },
    }).then(
      () => undefined,
      (caught: unknown) => caught as StructuredOutputError,
    );
    expect(error).toBeInstanceOf(StructuredOutputError);
    expect(error?.rawText).toBe('{"city": "P", "days": ["x"]}');
    expect(error?.issues.map((issue) => issue.path)).toEqual([['city'], ['days', 0]]);
    expect(error?.message).toMatch(
      /^Failed to parse structured output: the reply does not match the schema \(2 issues\):\n {2}- city: /,
    );
  });
});

describe('betaStandardSchemaOutputFormat', () => {
  it.each([
    ['zod 4', zodCity],
    ['arktype', arkCity],
    ['valibot (with toStandardJsonSchema)', valibotCity],
  ] as const)('%s: sends the transformed input schema and parses with the validator', async (_library, schema) => {
    const { client, emulator } = emulatedClient();
    const format = betaStandardSchemaOutputFormat(schema);
    const message = await parseBetaMessage(client, { ...base, output_config: { format } });
    expect(message.parsed_output).toEqual({ city: 'example city', unit: 'c', days: [1] });
    const sent = (emulator.requests[0]?.body as { output_config: { format: { schema: Record<string, unknown> } } })
      .output_config.format.schema;
    expect(sent).not.toHaveProperty('$schema');
    expect(sent).toMatchObject({
      type: 'object',
      properties: {
        city: { type: 'string', description: '{minLength: 2}' },
        unit: { enum: ['c', 'f'] },
        days: { type: 'array', items: { type: 'number' } },
      },
      additionalProperties: false,
    });
    expect(sent['required']).toEqual(expect.arrayContaining(['city', 'days']));
  });

  it('types parsed_output from each library', () => {
    expectTypeOf(betaStandardSchemaOutputFormat(zodCity).parse).returns.toEqualTypeOf<City>();
    expectTypeOf(betaStandardSchemaOutputFormat(arkCity).parse).returns.toEqualTypeOf<{
      city: string;
      days: number[];
      unit?: 'c' | 'f';
    }>();
    expectTypeOf(betaStandardSchemaOutputFormat(valibotCity).parse).returns.toEqualTypeOf<{
      city: string;
      unit?: 'c' | 'f' | undefined;
      days: number[];
    }>();
  });

  it('refuses a schema without Standard JSON Schema, saying what the library needs', () => {
    const plainValibot = v.object({ city: v.string() });
    expect(() => betaStandardSchemaOutputFormat(plainValibot)).toThrow(AnthropicError);
    expect(() => betaStandardSchemaOutputFormat(plainValibot)).toThrow(
      'The schema given to betaStandardSchemaOutputFormat cannot be sent as JSON Schema: this valibot schema does not implement Standard JSON Schema ("~standard.jsonSchema"). Wrap the schema with toStandardJsonSchema() from "@valibot/to-json-schema".',
    );
    const custom = {
      '~standard': { version: 1 as const, vendor: 'homemade', validate: (value: unknown) => ({ value }) },
    };
    expect(() => betaStandardSchemaOutputFormat(custom)).toThrow(
      /this homemade schema does not implement Standard JSON Schema .+ Use a version of the library that implements/,
    );
    expect(() => betaStandardSchemaOutputFormat({} as never)).toThrow(
      'The schema given to betaStandardSchemaOutputFormat is not a Standard Schema (https://standardschema.dev): it has no "~standard" property with a validate function.',
    );
  });

  it("reports a library's conversion failure as an AnthropicError with its cause", () => {
    let error: unknown;
    try {
      betaStandardSchemaOutputFormat(z.object({ at: z.date() }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toMatch(
      /^The schema given to betaStandardSchemaOutputFormat could not be converted to JSON Schema by zod: /,
    );
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('refuses what a library converts to an untyped schema (arktype writes {} for a Date)', () => {
    expect(() => betaStandardSchemaOutputFormat(type({ when: 'Date' }))).toThrow(
      'The JSON schema at #/properties/when has no "type" (and no anyOf, oneOf, allOf, enum or const), which structured outputs require: {}.',
    );
  });

  it('converts the input side of a transform (what the model writes)', () => {
    const format = betaStandardSchemaOutputFormat(type({ at: ['string', '=>', (text: string) => text.length] }));
    expect(format.schema).toMatchObject({ properties: { at: { type: 'string' } } });
    expectTypeOf(format.parse).returns.toEqualTypeOf<{ at: number }>();
    expect(format.parse('{"at": "four"}')).toEqual({ at: 4 });
  });
});

describe('beta streams with structured outputs', () => {
  it('give the final message a typed parsed_output, and null without a format', async () => {
    const { client, emulator } = emulatedClient();
    const stream = streamBetaMessage(client, { ...base, output_config: { format: betaZodOutputFormat(zodCity) } });
    const message = await stream.finalMessage();
    expectTypeOf(message.parsed_output).toEqualTypeOf<City | null>();
    expect(message.parsed_output).toEqual({ city: 'example city', unit: 'c', days: [1] });
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBeNull();
    const plain = await new BetaMessages(client).stream(base).finalMessage();
    expect(plain.parsed_output).toBeNull();
  });

  it('parse the deprecated output_format too, and fail the stream on an invalid reply', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ structuredOutput: 'invalid_json' });
    const stream = streamBetaMessage(client, { ...base, output_format: betaStandardSchemaOutputFormat(arkCity) });
    const errors: unknown[] = [];
    stream.on('error', (error) => errors.push(error));
    const error = await stream.finalMessage().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StructuredOutputError);
    expect(errors).toEqual([error]);
    expect((emulator.requests[0]?.body as Record<string, unknown>)['output_format']).toBeUndefined();
  });
});
