import { ToolInputParseError } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import type { ParsedBetaMessage } from '../structured-output/parsed-beta-message.js';
import type { BetaMessage } from '../types/index.js';
import { streamBetaMessage } from './stream-beta-message.js';

const base = {
  model: 'claude-sonnet-4-5',
  max_tokens: 256,
  messages: [{ role: 'user' as const, content: 'Summarise and search' }],
};

describe('streamBetaMessage', () => {
  it('streams from /v1/messages and accumulates beta blocks with core’s accumulator', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({
      content: [
        { type: 'compaction', content: 'Earlier we discussed retries.', encrypted_content: 'enc' },
        {
          type: 'mcp_tool_use',
          id: 'mcptoolu_1',
          name: 'search',
          server_name: 'docs',
          input: { query: 'retries', limit: 3 },
        },
        { type: 'mcp_tool_result', tool_use_id: 'mcptoolu_1', content: [{ type: 'text', text: 'Twice.' }] },
        { type: 'text', text: 'Retries happen twice.' },
      ],
      container: { id: 'container_9' },
    });
    const stream = streamBetaMessage(client, {
      ...base,
      betas: ['mcp-client-2025-04-04'],
      mcp_servers: [{ type: 'url', name: 'docs', url: 'https://mcp.example.com' }],
    });
    const compactions: string[] = [];
    const inputs: unknown[] = [];
    stream.on('compaction', (content) => compactions.push(content));
    stream.on('inputJson', (_delta, snapshot) => inputs.push(snapshot));
    const message = await stream.finalMessage();
    // Every final message of a stream carries parsed_output (null without a format), and is a BetaMessage.
    expectTypeOf(message).toEqualTypeOf<ParsedBetaMessage<null>>();
    expectTypeOf(message).toExtend<BetaMessage>();
    expect(message.content).toEqual([
      { type: 'compaction', content: 'Earlier we discussed retries.', encrypted_content: 'enc' },
      {
        type: 'mcp_tool_use',
        id: 'mcptoolu_1',
        name: 'search',
        server_name: 'docs',
        input: { query: 'retries', limit: 3 },
      },
      {
        type: 'mcp_tool_result',
        tool_use_id: 'mcptoolu_1',
        content: [{ type: 'text', text: 'Twice.' }],
        is_error: false,
      },
      { type: 'text', text: 'Retries happen twice.', citations: null },
    ]);
    expect(message.container?.id).toBe('container_9');
    expect(compactions.at(-1)).toBe('Earlier we discussed retries.');
    expect(inputs.at(-1)).toEqual({ query: 'retries', limit: 3 });
    expect(await stream.finalText()).toBe('Retries happen twice.');
    const [request] = emulator.requests;
    expect(request?.url).toBe('http://emulator.test/v1/messages');
    expect(request?.headers.get('anthropic-beta')).toBe('mcp-client-2025-04-04');
    expect(request?.headers.get('x-stainless-helper-method')).toBe('stream');
    expect(request?.body).toMatchObject({ stream: true });
    expect(request?.body).not.toHaveProperty('betas');
    expect(stream.messages[0]).toEqual(base.messages[0]);
  });

  it('fails with the accumulator’s error when a tool input does not parse', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'tool_use', name: 'get_weather', input: {}, inputJson: '{"city": "Par' }] });
    const error = await streamBetaMessage(client, base)
      .finalMessage()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolInputParseError);
    expect(error).toMatchObject({ rawInput: '{"city": "Par', toolName: 'get_weather' });
    expect(String(error)).toMatch(/Unable to parse tool parameter JSON from model.*JSON: \{"city": "Par/);
  });
});
