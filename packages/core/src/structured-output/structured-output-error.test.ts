import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { describeIssue, StructuredOutputError } from './structured-output-error.js';

describe('StructuredOutputError', () => {
  it('is an AnthropicError carrying the raw text, the issues and the cause', () => {
    const cause = new SyntaxError('Unexpected end of JSON input');
    const error = new StructuredOutputError({ rawText: '{"a":', reason: 'the reply is not valid JSON.', cause });
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).toBeInstanceOf(StructuredOutputError);
    expect(new AnthropicError('x')).not.toBeInstanceOf(StructuredOutputError);
    expect(error.name).toBe('StructuredOutputError');
    expect(error.message).toBe('Failed to parse structured output: the reply is not valid JSON.');
    expect(error.rawText).toBe('{"a":');
    expect(error.issues).toEqual([]);
    expect(error.cause).toBe(cause);
  });

  it('lists the first five issues, then how many more', () => {
    const issues = Array.from({ length: 7 }, (_, index) => ({ message: `bad ${index}`, path: ['items', index] }));
    const error = new StructuredOutputError({ rawText: '[]', reason: 'the reply does not match the schema:', issues });
    expect(error.message).toBe(
      [
        'Failed to parse structured output: the reply does not match the schema:',
        '  - items.0: bad 0',
        '  - items.1: bad 1',
        '  - items.2: bad 2',
        '  - items.3: bad 3',
        '  - items.4: bad 4',
        '  … and 2 more issue(s)',
      ].join('\n'),
    );
    expect(error.issues).toHaveLength(7);
  });

  it('describes a root issue without a path', () => {
    expect(describeIssue({ message: 'Expected object', path: [] })).toBe('Expected object');
    expect(describeIssue({ message: 'Required', path: ['a', 0, 'b'] })).toBe('a.0.b: Required');
  });
});
