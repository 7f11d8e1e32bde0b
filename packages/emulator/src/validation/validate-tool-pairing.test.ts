import { describe, expect, it } from 'vitest';
import { validateToolPairing } from './validate-tool-pairing.js';

const toolUse = (id: string) => ({ type: 'tool_use', id, name: 'get_weather', input: {} });
const toolResult = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: 'sunny' });

describe('validateToolPairing', () => {
  it('accepts results that answer the previous tool calls', () => {
    expect(
      validateToolPairing([
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: [toolUse('toolu_1'), toolUse('toolu_2')] },
        { role: 'user', content: [toolResult('toolu_2'), toolResult('toolu_1')] },
      ]),
    ).toBeUndefined();
  });

  it('rejects a tool_use whose result is missing from the next message', () => {
    expect(
      validateToolPairing([
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: [toolUse('toolu_1')] },
        { role: 'user', content: 'never mind' },
      ]),
    ).toBe(
      'messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. Each `tool_use` block must have a corresponding `tool_result` block in the next message.',
    );
  });

  it('rejects a tool_result without a matching tool_use', () => {
    expect(
      validateToolPairing([
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: 'Let me check.' },
        { role: 'user', content: [{ type: 'text', text: 'here' }, toolResult('toolu_9')] },
      ]),
    ).toBe(
      'messages.2.content.1: unexpected `tool_use_id` found in `tool_result` blocks: toolu_9. Each `tool_result` block must have a corresponding `tool_use` block in the previous message.',
    );
  });

  it('allows a final assistant tool_use (nothing follows yet)', () => {
    expect(
      validateToolPairing([
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: [toolUse('toolu_1')] },
      ]),
    ).toBeUndefined();
  });
});
