import type { Logger, MessageCreateParamsNonStreaming } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { countTokens } from './count-tokens.js';
import { createMessage } from './create-message.js';
import { createMessageStream } from './create-message-stream.js';
import { Messages } from './messages.js';
import { parseMessage } from './parse-message.js';
import { streamMessage } from './stream-message.js';
import { emulatedClient } from './test-client.js';

const messages = [{ role: 'user' as const, content: 'Hello' }];

/** A client whose logger keeps its warnings. */
function warningClient() {
  const warnings: string[] = [];
  const logger: Logger = { debug() {}, info() {}, warn: (message) => void warnings.push(String(message)), error() {} };
  return { ...emulatedClient({ logger, logLevel: 'warn' }), warnings };
}

describe('messages under API version 2026-10-21', () => {
  it('sends the 1.14 body fields as given, and the emulator accepts them', async () => {
    const { client, emulator } = emulatedClient();
    const params: MessageCreateParamsNonStreaming = {
      model: 'claude-opus-4-6',
      max_tokens: 2048,
      messages: [
        ...messages,
        { role: 'assistant', content: 'Hi.' },
        { role: 'system', content: [{ type: 'text', text: 'Answer in French from now on.' }] },
        { role: 'user', content: 'And now?' },
      ],
      cache_control: { type: 'ephemeral' },
      container: 'container_1',
      diagnostics: { previous_message_id: 'msg_01' },
      inference_geo: 'us',
      metadata: { user_id: 'user-1' },
      output_config: { effort: 'high' },
      service_tier: 'standard_only',
      speed: 'fast',
      stop_sequences: ['###'],
      thinking: { type: 'adaptive', display: 'omitted' },
    };
    const message = await createMessage(client, params);
    expect(message.type).toBe('message');
    // The reply carries what was asked for: cache diagnostics and the speed it ran at.
    expect(message.diagnostics?.cache_miss_reason).toEqual({ type: 'unavailable' });
    expect(message.usage.speed).toBe('fast');
    expect(emulator.requests[0]?.body).toEqual(params);
    await createMessage(client, { ...params, thinking: { type: 'between_tools' } });
    expect(emulator.requests[1]?.body).toMatchObject({ thinking: { type: 'between_tools' } });
  });

  it('sends user_profile_id and workspace_id as headers, never in the body (create, stream, count_tokens)', async () => {
    const { client, emulator } = emulatedClient();
    const ids = { user_profile_id: 'prof_1', workspace_id: 'wrkspc_1' };
    await createMessage(client, { model: 'claude-opus-4-6', max_tokens: 16, messages, ...ids });
    await streamMessage(client, { model: 'claude-opus-4-6', max_tokens: 16, messages, ...ids }).done();
    await countTokens(client, { model: 'claude-opus-4-6', messages, speed: 'fast', ...ids });
    for (const request of emulator.requests) {
      expect(request.headers.get('anthropic-user-profile-id')).toBe('prof_1');
      expect(request.headers.get('anthropic-workspace-id')).toBe('wrkspc_1');
      expect(request.body).not.toHaveProperty('workspace_id');
      expect(request.body).not.toHaveProperty('user_profile_id');
    }
    expect(emulator.requests[2]?.body).toEqual({ model: 'claude-opus-4-6', messages, speed: 'fast' });
  });

  it('lets the caller’s own anthropic-workspace-id header win', async () => {
    const { client, emulator } = emulatedClient();
    await createMessage(
      client,
      { model: 'claude-opus-4-6', max_tokens: 16, messages, workspace_id: 'wrkspc_param' },
      { headers: { 'anthropic-workspace-id': 'wrkspc_header' } },
    );
    expect(emulator.requests[0]?.headers.get('anthropic-workspace-id')).toBe('wrkspc_header');
  });

  it('sends removed sampling params from an untyped caller as given: never stripped', async () => {
    const { client, emulator } = emulatedClient();
    const untyped = { model: 'claude-opus-4-6', max_tokens: 16, messages, temperature: 0.2, top_p: 0.9, top_k: 3 };
    await createMessage(client, untyped as MessageCreateParamsNonStreaming);
    const stream = await createMessageStream(client, untyped as MessageCreateParamsNonStreaming);
    for await (const _event of stream) void _event;
    for (const request of emulator.requests)
      expect(request.body).toMatchObject({ temperature: 0.2, top_p: 0.9, top_k: 3 });
  });

  it('warns once per process about a deprecated model, through the client logger, on create, stream and parse', async () => {
    const { client, warnings, emulator } = warningClient();
    const ask = (model: string) => ({ model, max_tokens: 16, messages });
    await createMessage(client, ask('claude-opus-4-5'));
    await new Messages(client).create(ask('claude-opus-4-5'));
    const raw = await createMessageStream(client, ask('claude-sonnet-4-5'));
    for await (const _event of raw) void _event;
    await streamMessage(client, ask('claude-sonnet-4-5-20250929')).done();
    await parseMessage(client, ask('claude-opus-4-5-20251101'));
    await countTokens(client, ask('claude-mythos-preview')).catch(() => undefined);
    expect(warnings).toEqual([
      expect.stringContaining(
        "The model 'claude-opus-4-5' is deprecated and will reach end-of-life on January 22nd, 2027.",
      ),
      expect.stringContaining("'claude-sonnet-4-5' is deprecated and will reach end-of-life on November 30th, 2026."),
      expect.stringContaining(
        "'claude-sonnet-4-5-20250929' is deprecated and will reach end-of-life on November 30th, 2026.",
      ),
      expect.stringContaining(
        "'claude-opus-4-5-20251101' is deprecated and will reach end-of-life on January 22nd, 2027.",
      ),
    ]);
    // The deprecated model is still sent.
    expect(emulator.requests[0]?.body).toMatchObject({ model: 'claude-opus-4-5' });
  });
});
