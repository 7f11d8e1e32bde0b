import { AnthropicError } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { z as zod3 } from 'zod-v3';
import { z as zod3v4 } from 'zod-v3/v4';
import { betaZodTool } from './beta-zod-tool.js';
import type { BetaToolRunContext } from './runnable-tool.js';

const context = {} as BetaToolRunContext;

describe('betaZodTool', () => {
  it('zod 4: sends the schema as JSON Schema, types run, and validates the input', async () => {
    const tool = betaZodTool({
      name: 'get_weather',
      description: 'Current weather',
      inputSchema: z.object({ city: z.string().describe('City name'), unit: z.enum(['c', 'f']).optional() }),
      run: (input) => {
        expectTypeOf(input).toEqualTypeOf<{ city: string; unit?: 'c' | 'f' | undefined }>();
        return `${input.city}:${input.unit ?? 'c'}`;
      },
    });
    expect(tool.input_schema).toMatchObject({
      type: 'object',
      properties: { city: { type: 'string', description: 'City name' }, unit: { type: 'string', enum: ['c', 'f'] } },
      required: ['city'],
      additionalProperties: false,
    });
    expect(await tool.run(await tool.parse({ city: 'Paris' }), context)).toBe('Paris:c');
    await expect(tool.parse({ city: 3, unit: 'k' })).rejects.toThrow(
      /^Invalid input for tool "get_weather": city: .+; unit: .+/,
    );
  });

  it('zod 3.25 with "zod/v4": works when given z.toJSONSchema, and says so when not', async () => {
    const schema = zod3v4.object({ query: zod3v4.string().min(2) });
    const tool = betaZodTool({
      name: 'search',
      inputSchema: schema,
      toJSONSchema: zod3v4.toJSONSchema,
      run: ({ query }) => query.toUpperCase(),
    });
    expectTypeOf(tool.parse).returns.resolves.toEqualTypeOf<{ query: string }>();
    expect(tool.input_schema).toMatchObject({
      type: 'object',
      properties: { query: { type: 'string', minLength: 2 } },
      required: ['query'],
    });
    expect(await tool.run(await tool.parse({ query: 'hi' }), context)).toBe('HI');
    await expect(tool.parse({ query: 'h' })).rejects.toThrow(/Invalid input for tool "search": query: /);
    expect(() => betaZodTool({ name: 'search', inputSchema: schema, run: () => '' })).toThrow(
      /pass the converter.*toJSONSchema: z\.toJSONSchema/i,
    );
  });

  it('rejects a zod 3 API schema, at compile time and at run time', () => {
    // @ts-expect-error: a zod 3 schema has no Zod 4 internals
    expect(() => betaZodTool({ name: 'old', inputSchema: zod3.object({ a: zod3.string() }), run: () => '' })).toThrow(
      /zod 3 schema; import \{ z \} from "zod\/v4"/,
    );
  });

  it('refuses a schema that is not an object', () => {
    expect(() => betaZodTool({ name: 'n', inputSchema: z.string(), run: () => '' })).toThrow(AnthropicError);
    expect(() => betaZodTool({ name: 'n', inputSchema: z.string(), run: () => '' })).toThrow(
      'Zod schema for tool "n" must be an object, but got "string"',
    );
  });
});
