import { describe, expect, expectTypeOf, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { createJSONSchemaOutputFormat } from './json-schema-output-format.js';

const schema = {
  type: 'object',
  properties: { name: { type: 'string', minLength: 1 }, tags: { type: 'array', items: { type: 'string' } } },
  required: ['name'],
} as const;

describe('createJSONSchemaOutputFormat', () => {
  it('transforms the schema by default and types the parsed value from it', () => {
    const format = createJSONSchemaOutputFormat(schema, undefined, 'jsonSchemaOutputFormat');
    expect(JSON.stringify(format)).toBe(
      JSON.stringify({
        type: 'json_schema',
        schema: {
          type: 'object',
          properties: {
            name: { type: 'string', description: '{minLength: 1}' },
            tags: { type: 'array', items: { type: 'string' } },
          },
          additionalProperties: false,
          required: ['name'],
        },
      }),
    );
    const parsed = format.parse('{"name": "Ada"}');
    expectTypeOf(parsed).toEqualTypeOf<{ name: string; tags?: string[] }>();
    expect(parsed).toEqual({ name: 'Ada' });
  });

  it('sends the schema as given with transform: false', () => {
    const format = createJSONSchemaOutputFormat(schema, { transform: false }, 'jsonSchemaOutputFormat');
    expect(format.schema).toEqual(schema);
    expect(format.schema).not.toBe(schema);
  });

  it('refuses a schema whose top-level type is not object', () => {
    const notObject = { type: 'array', items: { type: 'string' } } as unknown as { type: 'object' };
    expect(() => createJSONSchemaOutputFormat(notObject, undefined, 'jsonSchemaOutputFormat')).toThrow(AnthropicError);
    expect(() => createJSONSchemaOutputFormat(notObject, undefined, 'jsonSchemaOutputFormat')).toThrow(
      'jsonSchemaOutputFormat: the JSON schema must have "type": "object" at the top level, but got "array".',
    );
    expect(() =>
      createJSONSchemaOutputFormat({} as { type: 'object' }, undefined, 'betaJSONSchemaOutputFormat'),
    ).toThrow(
      'betaJSONSchemaOutputFormat: the JSON schema must have "type": "object" at the top level, but got no type.',
    );
  });
});
