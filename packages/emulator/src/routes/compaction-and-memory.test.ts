import type { EmulatorFetch } from '../types.js';
import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { createMessageBody, postJson } from '../testing/request-helpers.js';

async function send(
  emulator: EmulatorFetch,
  body: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await postJson(emulator, '/v1/messages', body, { headers });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('compaction requests (compaction: { type: "summarize" })', () => {
  const COMPACT = { 'anthropic-beta': 'compact-2026-09-04' };

  it('answers with a compaction block, and takes a scripted turn only when it is a compaction turn', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({ content: [{ type: 'text', text: 'kept for the next reply' }] });
    const compacted = await send(
      emulator,
      createMessageBody({ compaction: { type: 'summarize' }, messages: [{ role: 'user', content: 'Plan a trip' }] }),
      COMPACT,
    );
    expect(compacted.json).toMatchObject({
      stop_reason: 'compaction',
      content: [
        {
          type: 'compaction',
          content: 'Summary of 1 earlier message. Last request: "Plan a trip"',
          encrypted_content: null,
        },
      ],
    });
    // The compaction block opens the next conversation.
    const next = await send(
      emulator,
      createMessageBody({
        messages: [
          { role: 'assistant', content: compacted.json['content'] },
          { role: 'user', content: 'Go on' },
        ],
      }),
      COMPACT,
    );
    expect(next.json['content']).toEqual([{ type: 'text', text: 'kept for the next reply', citations: null }]);

    emulator.script({ content: [{ type: 'compaction', content: null }], stop_reason: 'compaction' });
    const failed = await send(emulator, createMessageBody({ compaction: { type: 'summarize' } }), COMPACT);
    expect(failed.json['content']).toEqual([{ type: 'compaction', content: null, encrypted_content: null }]);
  });

  it('needs its beta and refuses context_management alongside', async () => {
    const emulator = createEmulatorFetch();
    const noBeta = await send(emulator, createMessageBody({ compaction: { type: 'summarize' } }), {});
    expect((noBeta.json['error'] as { message: string }).message).toBe('compaction: Extra inputs are not permitted');
    const both = await send(
      emulator,
      createMessageBody({ compaction: { type: 'summarize' }, context_management: { edits: [] } }),
      { 'anthropic-beta': 'compact-2026-09-04,context-management-2025-06-27' },
    );
    expect((both.json['error'] as { message: string }).message).toBe(
      'compaction: cannot be combined with context_management',
    );
  });
});

describe('the memory tool', () => {
  it('accepts memory_20250818 named memory, and refuses another name', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({
      content: [{ type: 'tool_use', id: 'toolu_m', name: 'memory', input: { command: 'view', path: '/memories' } }],
    });
    const ok = await send(emulator, createMessageBody({ tools: [{ type: 'memory_20250818', name: 'memory' }] }), {});
    expect(ok.json['stop_reason']).toBe('tool_use');
    const wrong = await send(emulator, createMessageBody({ tools: [{ type: 'memory_20250818', name: 'notes' }] }), {});
    expect((wrong.json['error'] as { message: string }).message).toBe("tools.0.name: Input should be 'memory'");
  });
});
