import { describe, expect, it, vi } from 'vitest';
import { AnthropicError } from './anthropic-error.js';
import { APIError } from './api-error.js';
import { APIConnectionError } from './connection-errors.js';
import * as errors from '../index.js';
import { BadRequestError, InternalServerError, OverloadedError, RateLimitError } from './status-errors.js';

describe('AnthropicError', () => {
  it('is a real Error with its class name', () => {
    const error = new AnthropicError('boom', { cause: 'why' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AnthropicError');
    expect(error.message).toBe('boom');
    expect(error.cause).toBe('why');
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
  });

  it('rejects values that are not branded', () => {
    expect(new Error('x')).not.toBeInstanceOf(AnthropicError);
    expect(null).not.toBeInstanceOf(AnthropicError);
    expect('AnthropicError').not.toBeInstanceOf(AnthropicError);
    expect({ name: 'AnthropicError' }).not.toBeInstanceOf(AnthropicError);
  });

  it('does not confuse siblings or parents with subclasses', () => {
    expect(new APIError({ status: 400 })).not.toBeInstanceOf(BadRequestError);
    expect(new BadRequestError({ status: 400 })).not.toBeInstanceOf(RateLimitError);
    expect(new AnthropicError('x')).not.toBeInstanceOf(APIError);
  });

  it('keeps plain instanceof semantics for a subclass that declares no brand of its own', () => {
    class CloudAuthError extends AnthropicError {}
    class CustomAPIError extends APIError {}
    const own = new CloudAuthError('no credentials');
    expect(own).toBeInstanceOf(CloudAuthError);
    expect(own).toBeInstanceOf(AnthropicError);
    // Every other AnthropicError must not pass for the unbranded subclass.
    expect(new AnthropicError('x')).not.toBeInstanceOf(CloudAuthError);
    expect(new APIError({ status: 500 })).not.toBeInstanceOf(CustomAPIError);
    expect(new CustomAPIError({ status: 500 })).toBeInstanceOf(APIError);
  });

  it('instanceof works across two copies of the error classes', async () => {
    vi.resetModules();
    // After resetModules a dynamic import evaluates the modules again: a second copy of every class.
    const copy = (await import('../index.js')) as typeof errors;
    expect(copy.APIError).not.toBe(errors.APIError);

    const fromCopy = new copy.OverloadedError({ status: 529 });
    expect(fromCopy).toBeInstanceOf(OverloadedError);
    expect(fromCopy).toBeInstanceOf(InternalServerError);
    expect(fromCopy).toBeInstanceOf(APIError);
    expect(fromCopy).toBeInstanceOf(AnthropicError);
    expect(fromCopy).not.toBeInstanceOf(RateLimitError);
    expect(fromCopy).not.toBeInstanceOf(APIConnectionError);

    const fromHere = new errors.APIConnectionTimeoutError();
    expect(fromHere).toBeInstanceOf(copy.APIConnectionError);
    expect(fromHere).toBeInstanceOf(copy.APIError);
    expect(fromHere).not.toBeInstanceOf(copy.APIUserAbortError);
  });
});
