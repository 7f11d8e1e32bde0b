import { describe, expect, it, vi } from 'vitest';
import * as core from '../index.js';
import { AnthropicError } from './anthropic-error.js';
import { APIError } from './api-error.js';
import { ToolInputParseError } from './tool-input-parse-error.js';

function parseFailure(text: string): SyntaxError {
  try {
    JSON.parse(text);
  } catch (error) {
    return error as SyntaxError;
  }
  throw new Error(`${text} parsed`);
}

describe('ToolInputParseError', () => {
  it('keeps the official message verbatim and carries the raw input, the block’s name and id, and the cause', () => {
    const cause = parseFailure('{"city": "Par');
    const error = new ToolInputParseError({
      rawInput: '{"city": "Par',
      toolName: 'get_weather',
      toolUseId: 'toolu_1',
      cause,
    });
    expect(error.message).toBe(
      `Unable to parse tool parameter JSON from model. Please retry your request or adjust your prompt. Error: ${String(cause)}. JSON: {"city": "Par`,
    );
    expect(error).toMatchObject({
      name: 'ToolInputParseError',
      rawInput: '{"city": "Par',
      toolName: 'get_weather',
      toolUseId: 'toolu_1',
    });
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(new AnthropicError(error.message)).not.toBeInstanceOf(ToolInputParseError);
  });

  it('leaves name and id undefined when the block has none', () => {
    const error = new ToolInputParseError({ rawInput: 'nope', cause: parseFailure('nope') });
    expect(error.toolName).toBeUndefined();
    expect(error.toolUseId).toBeUndefined();
  });

  it('instanceof works across two copies of core', async () => {
    vi.resetModules();
    const copy = (await import('../index.js')) as typeof core;
    expect(copy.ToolInputParseError).not.toBe(core.ToolInputParseError);
    const fromCopy = new copy.ToolInputParseError({ rawInput: 'x', cause: parseFailure('x') });
    expect(fromCopy).toBeInstanceOf(ToolInputParseError);
    expect(fromCopy).toBeInstanceOf(AnthropicError);
    expect(new copy.AnthropicError('x')).not.toBeInstanceOf(ToolInputParseError);
  });
});
