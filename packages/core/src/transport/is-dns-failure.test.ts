import { describe, expect, it } from 'vitest';
import { isDNSFailure } from './is-dns-failure.js';

describe('isDNSFailure', () => {
  it("recognises Node's fetch failure for an unknown host (code on the cause)", () => {
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND us-east55-aiplatform.googleapis.com'), {
      code: 'ENOTFOUND',
      hostname: 'us-east55-aiplatform.googleapis.com',
    });
    expect(isDNSFailure(new TypeError('fetch failed', { cause }))).toBe(true);
    expect(isDNSFailure(Object.assign(new Error('temporary'), { code: 'EAI_AGAIN' }))).toBe(true);
  });

  it("recognises runtimes that only describe it in words (Deno's dns error)", () => {
    expect(
      isDNSFailure(
        new TypeError(
          'error sending request: dns error: failed to lookup address information: Name or service not known',
        ),
      ),
    ).toBe(true);
  });

  it('is false for other connection failures and non-errors', () => {
    expect(
      isDNSFailure(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
        }),
      ),
    ).toBe(false);
    expect(isDNSFailure(undefined)).toBe(false);
    expect(isDNSFailure('ENOTFOUND')).toBe(false);
  });

  it('stops on a cyclic cause chain', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDNSFailure(error)).toBe(false);
  });
});
