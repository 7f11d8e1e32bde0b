import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { guardLongRequest } from './long-request-guard.js';

const MESSAGE =
  'Streaming is required for operations that may take longer than 10 minutes: stream the reply, or set a `timeout`.';

describe('guardLongRequest', () => {
  it('allows up to 21 333 max_tokens and sets a 10-minute timeout', () => {
    expect(guardLongRequest({ model: 'claude-sonnet-4-5', max_tokens: 21_333 }, undefined, false)).toBe(600_000);
    expect(guardLongRequest({ model: 'claude-sonnet-4-5', max_tokens: 1 }, undefined, false)).toBe(600_000);
  });

  it('refuses 21 334 max_tokens synchronously with the documented message', () => {
    expect(() => guardLongRequest({ model: 'claude-sonnet-4-5', max_tokens: 21_334 }, undefined, false)).toThrow(
      AnthropicError,
    );
    expect(() => guardLongRequest({ model: 'claude-sonnet-4-5', max_tokens: 21_334 }, undefined, false)).toThrow(
      MESSAGE,
    );
  });

  it.each(['claude-opus-4@20250514', 'anthropic.claude-opus-4-1-20250805-v1:0', 'claude-opus-4-1@20250805'])(
    'applies the 8192 limit of %s',
    (model) => {
      expect(guardLongRequest({ model, max_tokens: 8_192 }, undefined, false)).toBe(600_000);
      expect(() => guardLongRequest({ model, max_tokens: 8_193 }, undefined, false)).toThrow(MESSAGE);
    },
  );

  it('does not apply the model table to ids the TS SDK does not list', () => {
    expect(guardLongRequest({ model: 'claude-opus-4-20250514', max_tokens: 16_000 }, undefined, false)).toBe(600_000);
  });

  it('stays out of the way for streams and when any timeout was configured', () => {
    expect(guardLongRequest({ model: 'm', max_tokens: 100_000, stream: true }, undefined, false)).toBeUndefined();
    expect(guardLongRequest({ model: 'm', max_tokens: 100_000 }, 5_000, false)).toBeUndefined();
    expect(guardLongRequest({ model: 'm', max_tokens: 100_000 }, undefined, true)).toBeUndefined();
  });
});
