import { AnthropicError } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { betaTool } from './beta-tool.js';
import type { FromJSONSchema } from './json-schema-type.js';
import type { BetaToolRunContext } from './runnable-tool.js';
import { toToolDefinition } from './to-tool-definition.js';

const context = {} as BetaToolRunContext;

describe('betaTool', () => {
  it('builds a runnable custom tool whose run input is inferred from the JSON Schema', async () => {
    const tool = betaTool({
      name: 'get_weather',
      description: 'Current weather',
      inputSchema: {
        type: 'object',
        properties: {
          city: { type: 'string' },
          unit: { enum: ['c', 'f'] },
          days: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
        },
        required: ['city'],
        additionalProperties: false,
      },
      cache_control: { type: 'ephemeral' },
      run: (input) => {
        expectTypeOf(input).toEqualTypeOf<{ city: string; unit?: 'c' | 'f'; days?: number; tags?: string[] }>();
        return `18°${input.unit ?? 'c'} in ${input.city}`;
      },
    });
    expect(tool.type).toBe('custom');
    expect(await tool.run(await tool.parse({ city: 'Paris' }), context)).toBe('18°c in Paris');
    expect(toToolDefinition(tool)).toEqual({
      type: 'custom',
      name: 'get_weather',
      description: 'Current weather',
      input_schema: {
        type: 'object',
        properties: {
          city: { type: 'string' },
          unit: { enum: ['c', 'f'] },
          days: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
        },
        required: ['city'],
        additionalProperties: false,
      },
      cache_control: { type: 'ephemeral' },
    });
    expect(JSON.stringify(toToolDefinition(tool))).not.toMatch(/run|parse/);
  });

  it('infers from an `as const` schema declared elsewhere', () => {
    const schema = {
      type: 'object',
      properties: {
        id: { type: 'string' },
        note: { type: ['string', 'null'] },
        nested: { type: 'object', properties: { n: { type: 'number' } }, required: ['n'] },
      },
      required: ['id', 'nested'],
    } as const;
    const tool = betaTool({ name: 'lookup', inputSchema: schema, run: (input) => input.id });
    expectTypeOf(tool.parse).returns.toEqualTypeOf<
      | { id: string; note?: string | null; nested: { n: number } }
      | Promise<{ id: string; note?: string | null; nested: { n: number } }>
    >();
  });

  it('maps JSON Schema keywords to types, and unknown shapes to unknown', () => {
    expectTypeOf<FromJSONSchema<{ type: 'boolean' }>>().toEqualTypeOf<boolean>();
    expectTypeOf<FromJSONSchema<{ const: 'x' }>>().toEqualTypeOf<'x'>();
    expectTypeOf<FromJSONSchema<{ anyOf: [{ type: 'string' }, { type: 'null' }] }>>().toEqualTypeOf<string | null>();
    expectTypeOf<FromJSONSchema<{ type: 'object'; additionalProperties: { type: 'number' } }>>().toEqualTypeOf<
      Record<string, number>
    >();
    expectTypeOf<FromJSONSchema<{ $ref: '#/$defs/x' }>>().toEqualTypeOf<unknown>();
    expectTypeOf<FromJSONSchema<{ type: string }>>().toEqualTypeOf<unknown>();
  });

  it('refuses a non-object schema and an invalid name before anything is sent', () => {
    // @ts-expect-error: the schema must be an object schema
    expect(() => betaTool({ name: 'x', inputSchema: { type: 'string' }, run: () => '' })).toThrow(AnthropicError);
    expect(() => betaTool({ name: 'x', inputSchema: { type: 'string' } as never, run: () => '' })).toThrow(
      'JSON schema for tool "x" must be an object, but got "string"',
    );
    expect(() => betaTool({ name: 'get weather', inputSchema: { type: 'object' }, run: () => '' })).toThrow(
      /Tool name "get weather" is invalid/,
    );
  });
});
