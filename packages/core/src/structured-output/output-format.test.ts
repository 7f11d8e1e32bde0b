import { describe, expect, expectTypeOf, it } from 'vitest';
import { createOutputFormat, type AutoParseableOutputFormat, type ParsedOutputOf } from './output-format.js';

describe('createOutputFormat', () => {
  it('serialises to exactly { type, schema }: parse is not enumerable', () => {
    const schema = { type: 'object', properties: {}, additionalProperties: false };
    const format = createOutputFormat<{ a: number }>(schema);
    expect(JSON.stringify(format)).toBe(
      '{"type":"json_schema","schema":{"type":"object","properties":{},"additionalProperties":false}}',
    );
    expect(Object.keys(format)).toEqual(['type', 'schema']);
    expect(typeof format.parse).toBe('function');
    expect(format.parse('{"a": 1}')).toEqual({ a: 1 });
    expectTypeOf(format).toEqualTypeOf<AutoParseableOutputFormat<{ a: number }>>();
  });
});

describe('ParsedOutputOf', () => {
  it('is the parse result of output_config.format, or of the deprecated output_format', () => {
    type Format = AutoParseableOutputFormat<{ city: string }>;
    expectTypeOf<ParsedOutputOf<{ output_config: { format: Format } }>>().toEqualTypeOf<{ city: string }>();
    expectTypeOf<ParsedOutputOf<{ output_config?: { format?: Format | null } }>>().toEqualTypeOf<{ city: string }>();
    expectTypeOf<ParsedOutputOf<{ output_format: Format }>>().toEqualTypeOf<{ city: string }>();
  });

  it('is null without an auto-parseable format', () => {
    expectTypeOf<ParsedOutputOf<{ model: string }>>().toEqualTypeOf<null>();
    expectTypeOf<
      ParsedOutputOf<{ output_config: { format: { type: 'json_schema'; schema: Record<string, unknown> } } }>
    >().toEqualTypeOf<null>();
    expectTypeOf<ParsedOutputOf<{ output_config?: { effort?: 'low' } }>>().toEqualTypeOf<null>();
  });
});
