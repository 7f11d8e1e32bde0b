import { describe, expect, it } from 'vitest';
import { jsonFromSchema } from './json-from-schema.js';

describe('jsonFromSchema', () => {
  it('fills every property of an object, in order, with readable values', () => {
    expect(
      jsonFromSchema({
        type: 'object',
        properties: {
          name: { type: 'string' },
          age: { type: 'integer', minimum: 18 },
          score: { type: 'number', exclusiveMaximum: 1 },
          active: { type: 'boolean' },
          nothing: { type: 'null' },
          tags: { type: 'array', items: { type: 'string' } },
          anything: {},
        },
        required: ['name'],
        additionalProperties: false,
      }),
    ).toEqual({
      name: 'example name',
      age: 18,
      score: 0.5,
      active: true,
      nothing: null,
      tags: ['example tag'],
      anything: null,
    });
  });

  it('takes enum and const values, the first anyOf/oneOf variant, and merges allOf', () => {
    expect(jsonFromSchema({ enum: ['red', 'green'] })).toBe('red');
    expect(jsonFromSchema({ type: 'string', const: 'fixed' })).toBe('fixed');
    expect(jsonFromSchema({ anyOf: [{ type: 'integer' }, { type: 'string' }] })).toBe(1);
    expect(jsonFromSchema({ oneOf: [{ type: 'string', format: 'date' }, { type: 'null' }] })).toBe('2026-01-15');
    expect(
      jsonFromSchema({
        allOf: [{ type: 'object', properties: { a: { type: 'integer' } } }, { properties: { b: { const: 'x' } } }],
      }),
    ).toEqual({ a: 1, b: 'x' });
    expect(jsonFromSchema({ type: ['null', 'boolean'] })).toBe(true);
  });

  it('gives each supported string format a valid example, and honours length bounds', () => {
    const formats = ['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'uri', 'ipv4', 'ipv6', 'uuid'];
    const values = formats.map((format) => jsonFromSchema({ type: 'string', format }));
    expect(values).toEqual([
      '2026-01-15T09:30:00Z',
      '09:30:00Z',
      '2026-01-15',
      'P1DT2H',
      'ada@example.com',
      'example.com',
      'https://example.com/',
      '192.0.2.1',
      '2001:db8::1',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(jsonFromSchema({ type: 'string', minLength: 10 })).toBe('examplexxx');
    expect(jsonFromSchema({ type: 'string', maxLength: 3 })).toBe('exa');
  });

  it('honours array bounds and tuples', () => {
    expect(jsonFromSchema({ type: 'array', items: { type: 'integer' }, minItems: 3 })).toEqual([1, 1, 1]);
    expect(jsonFromSchema({ type: 'array', items: { type: 'integer' }, maxItems: 0 })).toEqual([]);
    expect(jsonFromSchema({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'boolean' }] })).toEqual([
      'example',
      true,
    ]);
  });

  it('resolves $ref into $defs (and the root), and ends recursive schemas', () => {
    const tree = {
      $ref: '#/$defs/Node',
      $defs: {
        Node: {
          type: 'object',
          properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } },
          required: ['label', 'children'],
          additionalProperties: false,
        },
      },
    };
    const value = jsonFromSchema(tree) as { label: string; children: unknown[] };
    expect(value.label).toBe('example label');
    let depth = 0;
    for (let node = value; node.children.length > 0; node = node.children[0] as typeof value) depth += 1;
    expect(depth).toBeGreaterThan(0);
    expect(depth).toBeLessThan(10);
    expect(jsonFromSchema({ type: 'object', properties: { me: { $ref: '#' } }, required: ['me'] })).toBeDefined();
    expect(jsonFromSchema({ $ref: '#/$defs/missing' })).toBeNull();
  });
});
