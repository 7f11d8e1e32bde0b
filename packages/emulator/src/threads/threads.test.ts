import type { EmulatorFetch } from '../types.js';
import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { createMessageBody, postJson } from '../testing/request-helpers.js';

const THREADS = { 'anthropic-beta': 'message-threads-2026-08-12' };

async function send(
  emulator: EmulatorFetch,
  body: Record<string, unknown>,
  headers: Record<string, string> = THREADS,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await postJson(emulator, '/v1/messages', body, { headers });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('message threads (thread: create / continue)', () => {
  it('stores a created thread and answers a continue over the whole conversation, with the thread’s system and tools', async () => {
    const emulator = createEmulatorFetch();
    const tools = [{ name: 'get_weather', input_schema: { type: 'object' } }];
    emulator.script(
      { content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } }] },
      { content: [{ type: 'text', text: 'Sunny.' }] },
    );
    const first = await send(
      emulator,
      createMessageBody({
        system: 'Be brief.',
        tools,
        thread: { type: 'create' },
        messages: [{ role: 'user', content: 'Weather?' }],
      }),
    );
    expect(first.status).toBe(200);
    const firstId = first.json['id'] as string;
    const toolResults = { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C' }] };
    // Only the new message: the tool_use it answers is in the thread, so the pairing rule holds.
    const second = await send(
      emulator,
      createMessageBody({ thread: { type: 'continue', previous_message_id: firstId }, messages: [toolResults] }),
    );
    expect(second.status).toBe(200);
    expect(emulator.threads.conversation(second.json['id'] as string)).toEqual({
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: first.json['content'] },
        toolResults,
        { role: 'assistant', content: [{ type: 'text', text: 'Sunny.', citations: null }] },
      ],
      system: 'Be brief.',
      tools,
      continued: false,
    });
    expect(emulator.threads.conversation(firstId)?.continued).toBe(true);
    // A reply not made on a thread is no thread.
    const plain = await send(emulator, createMessageBody());
    expect(emulator.threads.conversation(plain.json['id'] as string)).toBeUndefined();
  });

  it('resumes a paused turn from an empty `messages`', async () => {
    const emulator = createEmulatorFetch();
    emulator.script(
      { content: [{ type: 'server_tool_use', name: 'web_search', input: { query: 'x' } }], stop_reason: 'pause_turn' },
      { content: [{ type: 'text', text: 'Resumed.' }] },
    );
    const first = await send(emulator, createMessageBody({ thread: { type: 'create' } }));
    const resumed = await send(
      emulator,
      createMessageBody({ thread: { type: 'continue', previous_message_id: first.json['id'] }, messages: [] }),
    );
    expect(resumed.status).toBe(200);
    expect(resumed.json['content']).toEqual([{ type: 'text', text: 'Resumed.', citations: null }]);
  });

  it('refuses an unknown reply (404 thread_not_found), a reply continued twice (400 thread_already_continued), and system/tools on a continue', async () => {
    const emulator = createEmulatorFetch();
    const unknown = await send(
      emulator,
      createMessageBody({ thread: { type: 'continue', previous_message_id: 'msg_nope' } }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json['error']).toEqual({
      type: 'not_found_error',
      message: 'thread: no threaded message msg_nope to continue',
      details: { error_code: 'thread_not_found' },
    });

    const created = await send(emulator, createMessageBody({ thread: { type: 'create' } }));
    const continueBody = createMessageBody({ thread: { type: 'continue', previous_message_id: created.json['id'] } });
    expect((await send(emulator, continueBody)).status).toBe(200);
    const again = await send(emulator, continueBody);
    expect(again.status).toBe(400);
    expect(again.json['error']).toMatchObject({
      type: 'invalid_request_error',
      details: { error_code: 'thread_already_continued' },
    });

    const next = await send(emulator, createMessageBody({ thread: { type: 'create' } }));
    const withSystem = await send(
      emulator,
      createMessageBody({ system: 'x', thread: { type: 'continue', previous_message_id: next.json['id'] } }),
    );
    expect(withSystem.status).toBe(400);
    expect((withSystem.json['error'] as { message: string }).message).toBe(
      'system: cannot be set when continuing a thread; the thread keeps the system it was created with',
    );
    // The refused continue did not use the reply up.
    expect(emulator.threads.conversation(next.json['id'] as string)?.continued).toBe(false);
  });

  it('needs the message-threads beta, and reset() forgets every thread', async () => {
    const emulator = createEmulatorFetch();
    const refused = await send(emulator, createMessageBody({ thread: { type: 'create' } }), {});
    expect(refused.status).toBe(400);
    expect((refused.json['error'] as { message: string }).message).toBe('thread: Extra inputs are not permitted');
    const created = await send(emulator, createMessageBody({ thread: { type: 'create' } }));
    emulator.reset();
    expect(emulator.threads.conversation(created.json['id'] as string)).toBeUndefined();
  });

  it('scripts thread errors with a fault’s errorCode and details', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault(
      { status: 400, errorCode: 'thread_continue_in_flight', match: '/v1/messages' },
      { status: 400, errorCode: 'thread_unsupported_request', details: { unsupported: ['mcp_servers'] } },
    );
    const inFlight = await send(emulator, createMessageBody({ thread: { type: 'create' } }));
    expect(inFlight.json['error']).toEqual({
      type: 'invalid_request_error',
      message: 'Invalid request',
      details: { error_code: 'thread_continue_in_flight' },
    });
    const unsupported = await send(emulator, createMessageBody({ thread: { type: 'create' } }));
    expect((unsupported.json['error'] as { details: unknown }).details).toEqual({
      unsupported: ['mcp_servers'],
      error_code: 'thread_unsupported_request',
    });
  });
});
