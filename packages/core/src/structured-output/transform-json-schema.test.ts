import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { transformJSONSchema } from './transform-json-schema.js';

type Row = [rule: string, input: Record<string, unknown>, expected: Record<string, unknown>];

// One row per rule of spec api-2026-10-21 §7.4; expected values are compared with key order
// (JSON text), since the request body is what the API receives.
const ROWS: Row[] = [
  // 1. $defs and $ref
  [
    '$defs kept, each entry transformed',
    { type: 'object', $defs: { Tag: { type: 'string', maxLength: 5 } }, properties: { tag: { $ref: '#/$defs/Tag' } } },
    {
      $defs: { Tag: { type: 'string', description: '{maxLength: 5}' } },
      type: 'object',
      properties: { tag: { $ref: '#/$defs/Tag' } },
      additionalProperties: false,
    },
  ],
  [
    '$ref stands alone: siblings discarded, not described',
    { $ref: '#/$defs/A', description: 'an A', type: 'object', minLength: 3 },
    { $ref: '#/$defs/A' },
  ],
  [
    '$ref keeps the $defs beside it',
    { $ref: '#/$defs/Node', $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } } } } },
    {
      $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } }, additionalProperties: false } },
      $ref: '#/$defs/Node',
    },
  ],
  // 2. enum and const
  [
    'enum of primitives kept, type dropped',
    { type: 'string', enum: ['a', 'b', null, 3, true] },
    { enum: ['a', 'b', null, 3, true] },
  ],
  [
    'const primitive kept, type dropped, no type-specific handling',
    { type: 'string', const: 'fixed', format: 'email', description: 'The one value' },
    { const: 'fixed', description: 'The one value\n\n{format: "email"}' },
  ],
  ['const null kept', { const: null }, { const: null }],
  [
    'enum with an object member is not kept: described, type required and copied',
    { type: 'object', enum: [{ a: 1 }] },
    { type: 'object', properties: {}, additionalProperties: false, description: '{enum: [{"a":1}]}' },
  ],
  ['empty enum is not kept', { type: 'string', enum: [] }, { type: 'string', description: '{enum: []}' }],
  [
    'const object is not kept',
    { type: 'object', const: { a: 1 }, properties: {} },
    { type: 'object', properties: {}, additionalProperties: false, description: '{const: {"a":1}}' },
  ],
  [
    'an enum on an object skips the object handling',
    { type: 'object', enum: ['x'], properties: { a: { type: 'string' } } },
    { enum: ['x'], description: '{properties: {"a":{"type":"string"}}}' },
  ],
  // 3. composition
  [
    'anyOf kept, variants transformed, type not emitted',
    { type: 'string', anyOf: [{ type: 'string', pattern: '^a' }, { type: 'null' }] },
    { anyOf: [{ type: 'string', description: '{pattern: "^a"}' }, { type: 'null' }] },
  ],
  [
    'oneOf becomes anyOf',
    { oneOf: [{ type: 'integer' }, { type: 'boolean' }] },
    { anyOf: [{ type: 'integer' }, { type: 'boolean' }] },
  ],
  [
    'allOf kept',
    { allOf: [{ type: 'object' }] },
    { allOf: [{ type: 'object', properties: {}, additionalProperties: false }] },
  ],
  [
    'anyOf wins: oneOf and allOf dropped, not described',
    { anyOf: [{ type: 'string' }], oneOf: [{ type: 'number' }], allOf: [{ type: 'boolean' }] },
    { anyOf: [{ type: 'string' }] },
  ],
  [
    'oneOf wins over allOf',
    { oneOf: [{ type: 'string' }], allOf: [{ type: 'boolean' }] },
    { anyOf: [{ type: 'string' }] },
  ],
  [
    'a composition on an object still gets the object handling',
    { type: 'object', anyOf: [{ type: 'object', required: ['a'] }], properties: { a: { type: 'number' } } },
    {
      anyOf: [{ type: 'object', properties: {}, additionalProperties: false, required: ['a'] }],
      properties: { a: { type: 'number' } },
      additionalProperties: false,
    },
  ],
  ['type list copied as given', { type: ['string', 'null'] }, { type: ['string', 'null'] }],
  // 4. $schema, description, title
  [
    '$schema dropped; description and title kept',
    { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'boolean', description: 'Flag', title: 'F' },
    { type: 'boolean', description: 'Flag', title: 'F' },
  ],
  // 5. objects
  [
    'properties always emitted, additionalProperties forced false',
    { type: 'object', additionalProperties: { type: 'string' } },
    { type: 'object', properties: {}, additionalProperties: false },
  ],
  [
    'required copied as given, not filled in',
    {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      required: ['a'],
      additionalProperties: true,
    },
    {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      additionalProperties: false,
      required: ['a'],
    },
  ],
  [
    'object keywords the API lacks are described',
    { type: 'object', properties: {}, minProperties: 1, patternProperties: { '^x': { type: 'string' } } },
    {
      type: 'object',
      properties: {},
      additionalProperties: false,
      description: '{minProperties: 1, patternProperties: {"^x":{"type":"string"}}}',
    },
  ],
  // 6. strings
  ...(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'uri', 'ipv4', 'ipv6', 'uuid'] as const).map(
    (format): Row => [`string format ${format} kept`, { type: 'string', format }, { type: 'string', format }],
  ),
  [
    'unsupported string format described with the other leftovers',
    { type: 'string', format: 'regex', minLength: 2, maxLength: 9, pattern: '^[a-z]+$', default: 'ab' },
    {
      type: 'string',
      description: '{format: "regex", minLength: 2, maxLength: 9, pattern: "^[a-z]+$", default: "ab"}',
    },
  ],
  // 7. arrays
  [
    'items transformed, minItems 1 kept',
    { type: 'array', items: { type: 'object' }, minItems: 1 },
    { type: 'array', items: { type: 'object', properties: {}, additionalProperties: false }, minItems: 1 },
  ],
  [
    'minItems 0 kept',
    { type: 'array', items: { type: 'string' }, minItems: 0 },
    { type: 'array', items: { type: 'string' }, minItems: 0 },
  ],
  [
    'minItems 2 and maxItems described',
    { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 4, uniqueItems: true },
    { type: 'array', items: { type: 'number' }, description: '{minItems: 2, maxItems: 4, uniqueItems: true}' },
  ],
  ['array without items', { type: 'array' }, { type: 'array' }],
  [
    'format is no string keyword on a number: described',
    { type: 'number', format: 'date', minimum: 0, exclusiveMaximum: 10 },
    { type: 'number', description: '{format: "date", minimum: 0, exclusiveMaximum: 10}' },
  ],
  // 8. leftovers and the description
  [
    'leftovers after a blank line when a description exists',
    { type: 'integer', description: 'Age in years', minimum: 0, maximum: 150 },
    { type: 'integer', description: 'Age in years\n\n{minimum: 0, maximum: 150}' },
  ],
  [
    'an empty description gets no blank line',
    { type: 'integer', description: '', multipleOf: 5 },
    { type: 'integer', description: '{multipleOf: 5}' },
  ],
  [
    'nested: every level transformed',
    {
      type: 'object',
      properties: {
        people: {
          type: 'array',
          items: {
            type: 'object',
            properties: { email: { type: 'string', format: 'email' }, nick: { type: 'string', format: 'idn-email' } },
            required: ['email'],
          },
        },
      },
      required: ['people'],
    },
    {
      type: 'object',
      properties: {
        people: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              email: { type: 'string', format: 'email' },
              nick: { type: 'string', description: '{format: "idn-email"}' },
            },
            additionalProperties: false,
            required: ['email'],
          },
        },
      },
      additionalProperties: false,
      required: ['people'],
    },
  ],
];

describe('transformJSONSchema (spec §7.4)', () => {
  it.each(ROWS)('%s', (_rule, input, expected) => {
    const before = JSON.stringify(input);
    const output = transformJSONSchema(input);
    expect(JSON.stringify(output)).toBe(JSON.stringify(expected));
    // Applied to a deep copy: the input is unchanged, and the output shares nothing with it.
    expect(JSON.stringify(input)).toBe(before);
  });

  it('shares no object with its input', () => {
    const required = ['a'];
    const input = { type: 'object', properties: { a: { type: 'string' } }, required };
    const output = transformJSONSchema(input) as { required: string[] };
    output.required.push('b');
    expect(required).toEqual(['a']);
  });

  it('refuses a schema without a type (outside compositions, enum and const), naming where', () => {
    expect(() => transformJSONSchema({})).toThrow(AnthropicError);
    expect(() => transformJSONSchema({ type: 'object', properties: { a: { description: 'anything' } } })).toThrow(
      'The JSON schema at #/properties/a has no "type" (and no anyOf, oneOf, allOf, enum or const), which structured outputs require: {"description":"anything"}.',
    );
    expect(() => transformJSONSchema({ type: 'object', $defs: { 'a/b': {} } })).toThrow('#/$defs/a~1b has no "type"');
    expect(() => transformJSONSchema({ anyOf: [{ type: 'string' }, {}] })).toThrow('#/anyOf/1 has no "type"');
    expect(() => transformJSONSchema({ type: 'array', items: {} })).toThrow('#/items has no "type"');
  });

  it('refuses sub-schemas that are not objects, and schemas that are not JSON', () => {
    expect(() => transformJSONSchema({ type: 'array', items: true })).toThrow(
      'The JSON schema at #/items must be an object, but got true.',
    );
    expect(() => transformJSONSchema({ type: 'object', properties: [] })).toThrow(
      'The properties at #/properties must be an object, but got [].',
    );
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic['properties'] = { self: cyclic };
    const error = (() => {
      try {
        transformJSONSchema(cyclic);
      } catch (caught) {
        return caught as AnthropicError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error?.message).toMatch(/^The JSON schema cannot be sent: it is not serialisable as JSON/);
    expect(error?.cause).toBeInstanceOf(TypeError);
  });

  it('drops keys whose value is undefined, as JSON does', () => {
    expect(transformJSONSchema({ type: 'string', description: undefined, pattern: undefined })).toEqual({
      type: 'string',
    });
  });
});
