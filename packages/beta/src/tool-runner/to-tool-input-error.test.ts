import { AnthropicError, ToolInputParseError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { toToolInputError } from './to-tool-input-error.js';
import { ToolInputError } from './tool-input-error.js';

function parseFailure(text: string): SyntaxError {
  try {
    JSON.parse(text);
  } catch (error) {
    return error as SyntaxError;
  }
  throw new Error(`${text} parsed`);
}

describe('toToolInputError', () => {
  it('turns core’s ToolInputParseError into a ToolInputError naming the tool and showing the raw input', () => {
    const cause = parseFailure('{"city": "Par');
    const parseError = new ToolInputParseError({
      rawInput: '{"city": "Par',
      toolName: 'get_weather',
      toolUseId: 'toolu_1',
      cause,
    });
    const error = toToolInputError(parseError);
    expect(error).toBeInstanceOf(ToolInputError);
    expect(error).toMatchObject({
      toolName: 'get_weather',
      toolUseId: 'toolu_1',
      rawInput: '{"city": "Par',
      cause: parseError,
    });
    expect((error as Error).message).toBe(
      `The input of tool "get_weather" (toolu_1) is not valid JSON: ${cause.message}. Raw input: {"city": "Par`,
    );
  });

  it('returns every other error as it is, even one whose message looks the same', () => {
    const lookalike = new AnthropicError(
      'Unable to parse tool parameter JSON from model. Please retry your request or adjust your prompt. Error: x. JSON: {',
    );
    expect(toToolInputError(lookalike)).toBe(lookalike);
    const other = new TypeError('boom');
    expect(toToolInputError(other)).toBe(other);
    expect(toToolInputError('not an error')).toBe('not an error');
  });

  it('returns a parse error of a block without a name or id as it is', () => {
    const nameless = new ToolInputParseError({ rawInput: '[1', cause: parseFailure('[1') });
    expect(toToolInputError(nameless)).toBe(nameless);
  });
});
