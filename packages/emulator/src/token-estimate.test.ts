import { describe, expect, it } from 'vitest';
import { estimateContentTokens, estimateInputTokens, estimateTextTokens } from './token-estimate.js';

describe('token estimate', () => {
  it('counts a token per four characters, rounded up', () => {
    expect(estimateTextTokens('')).toBe(0);
    expect(estimateTextTokens('abcd')).toBe(1);
    expect(estimateTextTokens('abcde')).toBe(2);
  });

  it('counts text inside blocks and tool results, and a fixed cost for media', () => {
    expect(
      estimateContentTokens([
        { type: 'text', text: 'abcd' },
        { type: 'tool_result', tool_use_id: 't', content: [{ type: 'text', text: 'abcdabcd' }] },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'A'.repeat(100_000) } },
      ]),
    ).toBe(1 + 2 + 1600);
  });

  it('adds system and tools to the messages', () => {
    const messages = [{ role: 'user', content: 'abcd' }];
    expect(estimateInputTokens({ messages, system: 'abcd' })).toBe(2);
    expect(estimateInputTokens({ messages, tools: [{ name: 'x' }] })).toBe(
      1 + Math.ceil(JSON.stringify([{ name: 'x' }]).length / 4),
    );
  });
});
