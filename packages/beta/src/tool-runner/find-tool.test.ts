import { describe, expect, it } from 'vitest';
import { betaTool } from '../tools/beta-tool.js';
import type { BetaMessageParam } from '../types/index.js';
import { findRunnableTool, toolNameOf } from './find-tool.js';

const runnable = betaTool({ name: 'lookup', inputSchema: { type: 'object' }, run: () => 'ok' });
const change = (type: 'tool_removal' | 'tool_addition'): BetaMessageParam => ({
  role: 'system',
  content: [{ type, tool: { type: 'tool_reference', name: 'lookup' } }],
});

describe('findRunnableTool', () => {
  it('finds runnable tools by name; definitions without run are not runnable', () => {
    expect(findRunnableTool([runnable], [], 'lookup')).toBe(runnable);
    expect(findRunnableTool([{ name: 'plain', input_schema: { type: 'object' } }], [], 'plain')).toBeUndefined();
    expect(findRunnableTool([runnable], [], 'other')).toBeUndefined();
  });

  it('honours tool_removal and a later tool_addition in system messages, in order', () => {
    expect(findRunnableTool([runnable], [change('tool_removal')], 'lookup')).toBeUndefined();
    expect(findRunnableTool([runnable], [change('tool_removal'), change('tool_addition')], 'lookup')).toBe(runnable);
    // Only system messages change the tool set.
    expect(
      findRunnableTool([runnable], [{ ...change('tool_removal'), role: 'user' } as BetaMessageParam], 'lookup'),
    ).toBe(runnable);
  });

  it('names tools by name, MCP toolsets by server, nameless toolsets by type', () => {
    expect(toolNameOf(runnable)).toBe('lookup');
    expect(toolNameOf({ type: 'mcp_toolset', mcp_server_name: 'docs' })).toBe('docs');
  });
});
