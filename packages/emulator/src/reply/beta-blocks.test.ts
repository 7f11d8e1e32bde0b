import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { accumulateMessage } from '../testing/accumulate-message.js';
import { createMessageBody, deltasOfBlock, postJson, readServerSentEvents } from '../testing/request-helpers.js';
import type { ScriptedTurn } from '../types.js';

const turn: ScriptedTurn = {
  content: [
    { type: 'compaction', content: 'Earlier: the user asked about Paris.', encrypted_content: 'opaque-summary' },
    { type: 'mcp_tool_use', id: 'mcptoolu_1', name: 'search', server_name: 'docs', input: { query: 'retries' } },
    { type: 'mcp_tool_result', tool_use_id: 'mcptoolu_1', content: [{ type: 'text', text: 'Retries: twice.' }] },
    { type: 'tool_use', id: 'toolu_bad', name: 'get_weather', input: {}, inputJson: '{"city": "Par' },
  ],
  container: { id: 'container_1', expires_at: '2030-01-01T00:00:00Z' },
};

describe('scripted beta blocks, containers and raw tool input', () => {
  it('replies with them as JSON: raw input that does not parse stays a string', async () => {
    const emulator = createEmulatorFetch();
    emulator.script(turn);
    const message = (await (await postJson(emulator, '/v1/messages?beta=true', createMessageBody())).json()) as Record<
      string,
      unknown
    >;
    expect(message['container']).toEqual({ id: 'container_1', expires_at: '2030-01-01T00:00:00Z', skills: null });
    expect(message['content']).toEqual([
      { type: 'compaction', content: 'Earlier: the user asked about Paris.', encrypted_content: 'opaque-summary' },
      { type: 'mcp_tool_use', id: 'mcptoolu_1', name: 'search', server_name: 'docs', input: { query: 'retries' } },
      {
        type: 'mcp_tool_result',
        tool_use_id: 'mcptoolu_1',
        content: [{ type: 'text', text: 'Retries: twice.' }],
        is_error: false,
      },
      { type: 'tool_use', id: 'toolu_bad', name: 'get_weather', input: '{"city": "Par' },
    ]);
    expect(message['stop_reason']).toBe('tool_use');
  });

  it('streams compaction deltas, MCP input JSON, the raw tool input, and the container in message_delta', async () => {
    const emulator = createEmulatorFetch({ chunkSize: 5 });
    emulator.script({ ...turn, content: turn.content?.slice(0, 3) ?? [] }, turn);
    const events = await readServerSentEvents(
      await postJson(emulator, '/v1/messages?beta=true', createMessageBody({ stream: true })),
    );
    expect(deltasOfBlock(events, 0).at(-1)).toEqual({
      type: 'compaction_delta',
      content: null,
      encrypted_content: 'opaque-summary',
    });
    expect(deltasOfBlock(events, 1).every((delta) => delta['type'] === 'input_json_delta')).toBe(true);
    const message = accumulateMessage(events);
    const content = message['content'] as unknown[];
    expect(content[0]).toEqual({
      type: 'compaction',
      content: 'Earlier: the user asked about Paris.',
      encrypted_content: 'opaque-summary',
    });
    expect(content[1]).toMatchObject({ type: 'mcp_tool_use', input: { query: 'retries' } });
    const start = events.find((event) => event.event === 'message_start')?.data['message'] as Record<string, unknown>;
    expect(start['container']).toBeNull();
    expect(message['container']).toMatchObject({ id: 'container_1' });

    const raw = await readServerSentEvents(
      await postJson(emulator, '/v1/messages?beta=true', createMessageBody({ stream: true })),
    );
    const json = deltasOfBlock(raw, 3)
      .map((delta) => String(delta['partial_json']))
      .join('');
    expect(json).toBe('{"city": "Par');
  });
});
