import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { validateBatchRequests } from './validate-batch-requests.js';

const params = { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hello' }] };

describe('validateBatchRequests', () => {
  it.each([
    [undefined, 'createBatch: `requests` must be an array of { custom_id, params }; received undefined'],
    [{}, 'createBatch: `requests` must be an array of { custom_id, params }; received undefined'],
    [{ requests: 'q1' }, 'createBatch: `requests` must be an array of { custom_id, params }; received "q1"'],
    [{ requests: [] }, 'createBatch: `requests` is empty; a batch needs at least one request.'],
    [
      { requests: [{ custom_id: 'q1', params }, null] },
      'createBatch: requests[1] must be an object { custom_id, params }; received null',
    ],
    [
      { requests: [['q1', params]] },
      'createBatch: requests[0] must be an object { custom_id, params }; received an array',
    ],
    [
      { requests: [{ custom_id: 'has space', params }] },
      'createBatch: requests[0].custom_id "has space" is invalid: use 1 to 64 characters among A-Z, a-z, 0-9, _ and -.',
    ],
    [{ requests: [{ custom_id: 'q.1', params }] }, 'createBatch: requests[0].custom_id "q.1" is invalid'],
    [{ requests: [{ custom_id: 'é', params }] }, 'createBatch: requests[0].custom_id "é" is invalid'],
    [{ requests: [{ custom_id: '', params }] }, 'createBatch: requests[0].custom_id "" is invalid'],
    [
      { requests: [{ custom_id: 'x'.repeat(65), params }] },
      `createBatch: requests[0].custom_id "${'x'.repeat(65)}" is invalid`,
    ],
    [{ requests: [{ custom_id: 42, params }] }, 'createBatch: requests[0].custom_id number is invalid'],
    [{ requests: [{ params }] }, 'createBatch: requests[0].custom_id undefined is invalid'],
    [
      {
        requests: [
          { custom_id: 'q1', params },
          { custom_id: 'q2', params },
          { custom_id: 'q1', params },
        ],
      },
      'createBatch: requests[2].custom_id "q1" is already used by requests[0]; each custom_id must be unique within a batch, since results are matched on it.',
    ],
    [
      { requests: [{ custom_id: 'q1' }] },
      'createBatch: requests[0].params (custom_id "q1") must be the Messages API parameters object; received undefined',
    ],
    [
      { requests: [{ custom_id: 'q1', params: null }] },
      'createBatch: requests[0].params (custom_id "q1") must be the Messages API parameters object; received null',
    ],
    [
      { requests: [{ custom_id: 'q1', params: [params] }] },
      'createBatch: requests[0].params (custom_id "q1") must be the Messages API parameters object; received an array',
    ],
    [{ requests: [{ custom_id: 'q1', params: 'hi' }] }, 'received "hi"'],
  ])('refuses %j with a message naming the problem', (value, message) => {
    const attempt = () => validateBatchRequests(value, 'createBatch');
    expect(attempt).toThrow(AnthropicError);
    expect(attempt).toThrow(message);
  });

  it('prefixes every message with the caller’s name', () => {
    expect(() => validateBatchRequests({ requests: [] }, 'createBetaBatch')).toThrow(
      /^createBetaBatch: `requests` is empty/,
    );
  });

  it('cuts a long bad custom_id in the message', () => {
    const long = 'y'.repeat(500);
    const failure = (() => {
      try {
        validateBatchRequests({ requests: [{ custom_id: long, params }] }, 'createBatch');
      } catch (error) {
        return error as Error;
      }
      return undefined;
    })();
    expect(failure?.message).toContain(`"${'y'.repeat(80)}…"`);
    expect(failure?.message).not.toContain('y'.repeat(81));
  });

  it('accepts the boundary lengths, every allowed character, and many distinct ids', () => {
    const longest = `${'aZ09_-'.repeat(10)}abcd`;
    expect(longest).toHaveLength(64);
    expect(() =>
      validateBatchRequests(
        {
          requests: [
            { custom_id: 'a', params },
            { custom_id: longest, params },
            { custom_id: '-_', params: {} },
          ],
        },
        'createBatch',
      ),
    ).not.toThrow();
    const many = Array.from({ length: 10_000 }, (_, index) => ({ custom_id: `req_${index}`, params }));
    expect(() => validateBatchRequests({ requests: many }, 'createBatch')).not.toThrow();
  });
});
