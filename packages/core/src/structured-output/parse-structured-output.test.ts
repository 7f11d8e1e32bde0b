import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { parseStructuredOutput } from './parse-structured-output.js';
import type { StandardSchemaLike, StandardSchemaResult } from './standard-schema.js';
import { StructuredOutputError } from './structured-output-error.js';

/** A hand-written Standard Schema: `{ n: number }`, issues with `{ key }` path segments. */
const numberBox: StandardSchemaLike<{ n: number }> = {
  '~standard': {
    version: 1,
    vendor: 'test',
    validate: (value): StandardSchemaResult<{ n: number }> => {
      const n = (value as { n?: unknown } | null)?.n;
      return typeof n === 'number'
        ? { value: { n } }
        : { issues: [{ message: 'Expected number', path: [{ key: 'n' }] }, { message: 'Bad root' }] };
    },
  },
};

function failure(run: () => unknown): StructuredOutputError {
  try {
    run();
  } catch (error) {
    if (error instanceof StructuredOutputError) return error;
    throw error;
  }
  throw new Error('expected a StructuredOutputError');
}

describe('parseStructuredOutput', () => {
  it('parses JSON, and validates it when given a schema', () => {
    expect(parseStructuredOutput('{"anything": [1, 2]}')).toEqual({ anything: [1, 2] });
    expect(parseStructuredOutput('{"n": 4}', numberBox)).toEqual({ n: 4 });
  });

  it('refuses text that is not JSON, keeping the raw text and the SyntaxError', () => {
    const error = failure(() => parseStructuredOutput('Sure! {"n": 4}', numberBox));
    expect(error.message).toMatch(/^Failed to parse structured output: the reply is not valid JSON \(.+\)\.$/);
    expect(error.rawText).toBe('Sure! {"n": 4}');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('says so when the reply stopped at max_tokens before the JSON was complete', () => {
    const error = failure(() => parseStructuredOutput('{"n": 4', numberBox, { stop_reason: 'max_tokens' }));
    expect(error.message).toMatch(
      /^Failed to parse structured output: the reply stopped at max_tokens before the JSON was complete \(.+\); raise max_tokens\.$/,
    );
    expect(error.rawText).toBe('{"n": 4');
  });

  it('lists the validation issues, with plain paths', () => {
    const error = failure(() => parseStructuredOutput('{"n": "4"}', numberBox, { stop_reason: 'max_tokens' }));
    expect(error.message).toBe(
      'Failed to parse structured output: the reply does not match the schema (2 issues):\n  - n: Expected number\n  - Bad root',
    );
    expect(error.issues).toEqual([
      { message: 'Expected number', path: ['n'] },
      { message: 'Bad root', path: [] },
    ]);
  });

  it('refuses a schema that validates asynchronously', () => {
    const asyncSchema: StandardSchemaLike<number> = {
      '~standard': { version: 1, vendor: 'slowlib', validate: async () => ({ value: 1 }) },
    };
    expect(() => parseStructuredOutput('1', asyncSchema)).toThrow(AnthropicError);
    expect(() => parseStructuredOutput('1', asyncSchema)).toThrow(
      'The slowlib schema validates asynchronously (e.g. an async refinement); structured outputs are parsed synchronously.',
    );
  });
});
