import { AnthropicError, type ToolResultBlockParam } from '@anth/core';
import { toStandardJsonSchema } from '@valibot/to-json-schema';
import { type } from 'arktype';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { emulatedClient } from '../test-client.js';
import { betaToolRunner } from '../tool-runner/create-beta-tool-runner.js';
import type { BetaMessageParam } from '../types/index.js';
import { betaStandardSchemaTool } from './beta-standard-schema-tool.js';
import type { BetaToolRunContext } from './runnable-tool.js';

const context = {} as BetaToolRunContext;

describe('betaStandardSchemaTool', () => {
  it('arktype: sends the input JSON Schema as is (not transformed), types run, validates before run', async () => {
    const tool = betaStandardSchemaTool({
      name: 'get_weather',
      description: 'Current weather',
      inputSchema: type({ city: 'string >= 2', 'unit?': "'c' | 'f'" }),
      run: (input) => {
        expectTypeOf(input).toEqualTypeOf<{ city: string; unit?: 'c' | 'f' }>();
        return `${input.city}:${input.unit ?? 'c'}`;
      },
    });
    expect(tool).toMatchObject({ type: 'custom', name: 'get_weather', description: 'Current weather' });
    // Spec §7.3: a tool's input_schema is the library's JSON Schema, untransformed ($schema, minLength kept).
    expect(tool.input_schema).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { city: { type: 'string', minLength: 2 }, unit: { enum: ['c', 'f'] } },
      required: ['city'],
    });
    expect(await tool.run(await tool.parse({ city: 'Paris', unit: 'f' }), context)).toBe('Paris:f');
    await expect(tool.parse({ city: 'P', unit: 'k' })).rejects.toThrow(AnthropicError);
    await expect(tool.parse({ city: 'P', unit: 'k' })).rejects.toThrow(
      /^Invalid input for tool "get_weather": city: .+; unit: .+$/,
    );
  });

  it('valibot (with toStandardJsonSchema) and zod 4 fit too, typed from their output', async () => {
    const fromValibot = betaStandardSchemaTool({
      name: 'add',
      inputSchema: toStandardJsonSchema(v.object({ a: v.number(), b: v.pipe(v.string(), v.transform(Number)) })),
      run: ({ a, b }) => {
        expectTypeOf(b).toEqualTypeOf<number>();
        return String(a + b);
      },
    });
    expect(fromValibot.input_schema).toMatchObject({
      type: 'object',
      properties: { a: { type: 'number' }, b: { type: 'string' } },
    });
    expect(await fromValibot.run(await fromValibot.parse({ a: 1, b: '2' }), context)).toBe('3');

    const fromZod = betaStandardSchemaTool({
      name: 'search',
      inputSchema: z.object({ query: z.string(), limit: z.number().int().default(5) }),
      run: ({ query, limit }) => {
        expectTypeOf(limit).toEqualTypeOf<number>();
        return `${query}:${limit}`;
      },
    });
    // The input side: what the model writes (limit may be left out; the default fills it in).
    expect(fromZod.input_schema).toMatchObject({ type: 'object', required: ['query'] });
    expect(await fromZod.run(await fromZod.parse({ query: 'q' }), context)).toBe('q:5');
  });

  it('refuses what cannot be a tool, before anything is sent', () => {
    const run = (): string => '';
    expect(() => betaStandardSchemaTool({ name: 'x', inputSchema: type('string'), run })).toThrow(
      'The inputSchema of tool "x" must be an object schema, but its JSON Schema has type "string".',
    );
    expect(() => betaStandardSchemaTool({ name: 'x', inputSchema: v.object({ a: v.string() }), run })).toThrow(
      /^The inputSchema of tool "x" cannot be sent as JSON Schema: this valibot schema does not implement Standard JSON Schema .+toStandardJsonSchema\(\)/,
    );
    expect(() => betaStandardSchemaTool({ name: 'bad name', inputSchema: type({ a: 'string' }), run })).toThrow(
      /Tool name "bad name" is invalid/,
    );
  });

  it('an invalid input goes back to Claude as an is_error tool_result naming the problems', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'tool_use', id: 'toolu_bad', name: 'get_weather', input: { city: 7 } }] },
      { content: [{ type: 'tool_use', id: 'toolu_good', name: 'get_weather', input: { city: 'Paris' } }] },
      { content: [{ type: 'text', text: 'Sunny in Paris.' }] },
    );
    const calls: string[] = [];
    const weather = betaStandardSchemaTool({
      name: 'get_weather',
      inputSchema: type({ city: 'string' }),
      run: ({ city }) => {
        calls.push(city);
        return `sunny in ${city}`;
      },
    });
    const final = await betaToolRunner(client, {
      model: 'claude-sonnet-4-5',
      max_tokens: 256,
      tools: [weather],
      messages: [{ role: 'user', content: 'Weather?' }],
    });
    expect(final.content).toEqual([{ type: 'text', text: 'Sunny in Paris.', citations: null }]);
    expect(calls).toEqual(['Paris']);
    const sent = (index: number): ToolResultBlockParam[] =>
      (emulator.requests[index]?.body as { messages: BetaMessageParam[] }).messages.at(-1)
        ?.content as ToolResultBlockParam[];
    expect(sent(1)).toEqual([
      {
        type: 'tool_result',
        tool_use_id: 'toolu_bad',
        content: 'Error: Invalid input for tool "get_weather": city: city must be a string (was a number)',
        is_error: true,
      },
    ]);
    expect(sent(2)).toEqual([{ type: 'tool_result', tool_use_id: 'toolu_good', content: 'sunny in Paris' }]);
    // Sent to the API without run/parse; the tool's input_schema is the library's.
    expect((emulator.requests[0]?.body as { tools: unknown[] }).tools).toEqual([
      {
        type: 'custom',
        name: 'get_weather',
        input_schema: {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
        },
      },
    ]);
  });
});
