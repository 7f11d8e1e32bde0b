import { describe, expect, it } from 'vitest';
import { attachParsedOutput } from './attach-parsed-output.js';
import { createOutputFormat } from './output-format.js';
import { StructuredOutputError } from './structured-output-error.js';

type Block = { type: string } & Record<string, unknown>;

function reply(blocks: Block[], stopReason = 'end_turn'): { content: Block[]; stop_reason: string } {
  const message = { content: blocks, stop_reason: stopReason };
  Object.defineProperty(message, '_request_id', { value: 'req_1', enumerable: false });
  return message;
}

describe('attachParsedOutput', () => {
  it("parses every text block with the format's parse; the message's value is the first block's", () => {
    const message = reply([
      { type: 'thinking', thinking: '…', signature: 's' },
      { type: 'text', text: '{"n": 1}' },
      { type: 'text', text: '{"n": 2}' },
    ]);
    const parsed = attachParsedOutput(message, createOutputFormat({ type: 'object' }));
    expect(parsed).toBe(message);
    expect(parsed.parsed_output).toEqual({ n: 1 });
    expect(parsed.content[1]).toHaveProperty('parsed_output', { n: 1 });
    expect(parsed.content[2]).toHaveProperty('parsed_output', { n: 2 });
    expect(parsed.content[0]).not.toHaveProperty('parsed_output');
    // Hidden on the blocks (they are sent back in later turns), kept with the request id.
    expect(JSON.stringify(parsed.content)).not.toContain('parsed_output');
    expect((parsed as unknown as { _request_id: string })._request_id).toBe('req_1');
  });

  it('JSON.parses with a plain json_schema format', () => {
    const parsed = attachParsedOutput(reply([{ type: 'text', text: '[1,2]' }]), { type: 'json_schema', schema: {} });
    expect(parsed.parsed_output).toEqual([1, 2]);
  });

  it('gives null without a format, and with no text block', () => {
    const parsed = attachParsedOutput(reply([{ type: 'text', text: 'not JSON' }]), undefined);
    expect(parsed.parsed_output).toBeNull();
    expect(parsed.content[0]).toHaveProperty('parsed_output', null);
    expect(attachParsedOutput(reply([]), { type: 'json_schema', schema: {} }).parsed_output).toBeNull();
  });

  it('wraps a failure of a custom parse, keeping it as the cause', () => {
    const cause = new RangeError('too big');
    const format = {
      type: 'json_schema' as const,
      schema: {},
      parse: (): never => {
        throw cause;
      },
    };
    const run = (): unknown => attachParsedOutput(reply([{ type: 'text', text: '{"n": 9}' }]), format);
    expect(run).toThrow(StructuredOutputError);
    expect(run).toThrow('Failed to parse structured output: too big');
    try {
      run();
    } catch (error) {
      expect((error as StructuredOutputError).cause).toBe(cause);
      expect((error as StructuredOutputError).rawText).toBe('{"n": 9}');
    }
  });

  it('names a max_tokens stop for a plain format', () => {
    expect(() =>
      attachParsedOutput(reply([{ type: 'text', text: '{"n": ' }], 'max_tokens'), { type: 'json_schema', schema: {} }),
    ).toThrow(/stopped at max_tokens before the JSON was complete/);
  });
});
