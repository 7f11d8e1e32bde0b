import type { Logger } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import { BetaMessages } from './beta-messages.js';
import { countBetaTokens } from './count-beta-tokens.js';
import { createBetaMessage } from './create-beta-message.js';
import { parseBetaMessage } from './parse-beta-message.js';
import { streamBetaMessage } from './stream-beta-message.js';

const messages = [{ role: 'user' as const, content: 'Hello' }];

/** A client whose logger keeps its warnings (the test client logs nothing by default). */
function warningClient() {
  const warnings: string[] = [];
  const logger: Logger = { debug() {}, info() {}, warn: (message) => void warnings.push(String(message)), error() {} };
  return { ...emulatedClient({ logger, logLevel: 'warn' }), warnings };
}

describe('beta requests under API version 2026-10-21', () => {
  it('send user_profile_id and workspace_id as headers on create, stream and count_tokens, never in the body', async () => {
    const { client, emulator } = emulatedClient();
    const ids = { user_profile_id: 'prof_1', workspace_id: 'wrkspc_1' };
    await createBetaMessage(client, { model: 'claude-opus-4-6', max_tokens: 16, messages, ...ids });
    await streamBetaMessage(client, { model: 'claude-opus-4-6', max_tokens: 16, messages, ...ids }).done();
    await countBetaTokens(client, { model: 'claude-opus-4-6', messages, ...ids });
    expect(emulator.requests.map((request) => request.path)).toEqual([
      '/v1/messages',
      '/v1/messages',
      '/v1/messages/count_tokens',
    ]);
    for (const request of emulator.requests) {
      expect(request.headers.get('anthropic-user-profile-id')).toBe('prof_1');
      expect(request.headers.get('anthropic-workspace-id')).toBe('wrkspc_1');
      expect(request.body).not.toHaveProperty('user_profile_id');
      expect(request.body).not.toHaveProperty('workspace_id');
      expect(request.url).not.toContain('beta=true');
    }
  });

  it('sends billing_policy, speed, diagnostics and a system message with tool changes as given', async () => {
    const { client, emulator } = emulatedClient();
    const params = {
      model: 'claude-opus-4-6',
      max_tokens: 16,
      billing_policy: { type: 'billing_policy' as const, bill_to: 'user_profile' as const },
      speed: 'fast' as const,
      diagnostics: { previous_message_id: 'msg_01' },
      messages: [
        ...messages,
        { role: 'assistant' as const, content: 'Hi.' },
        {
          role: 'system' as const,
          content: [{ type: 'tool_removal' as const, tool: { type: 'tool_reference' as const, name: 'x' } }],
          clear_at: 'next_user_message' as const,
        },
        { role: 'user' as const, content: 'Go on.' },
      ],
    };
    await createBetaMessage(client, { ...params, betas: ['some-beta-2026-01-01'] });
    expect(emulator.requests[0]?.body).toEqual(params);
  });

  it('sends temperature from an untyped caller as given: removed from the types, never stripped', async () => {
    const { client, emulator } = emulatedClient();
    const untyped = { model: 'claude-opus-4-6', max_tokens: 16, messages, temperature: 0.5, top_k: 5 };
    await createBetaMessage(client, untyped as Parameters<typeof createBetaMessage>[1]);
    expect(emulator.requests[0]?.body).toMatchObject({ temperature: 0.5, top_k: 5 });
  });

  it('warns once per process about a deprecated model, through the client logger, on create, stream, parse and the tool runner', async () => {
    const { client, warnings } = warningClient();
    const ask = (model: string) => ({ model, max_tokens: 16, messages });
    await createBetaMessage(client, ask('claude-opus-4-5'));
    await createBetaMessage(client, ask('claude-opus-4-5'));
    await streamBetaMessage(client, ask('claude-sonnet-4-5-20250929')).done();
    await parseBetaMessage(client, ask('claude-opus-4-5-20251101'));
    // Not served by the emulator: the warning comes before the request, which then 404s.
    await new BetaMessages(client)
      .toolRunner({ ...ask('claude-mythos-preview'), tools: [] })
      .runUntilDone()
      .catch(() => undefined);
    expect(warnings).toEqual([
      expect.stringContaining(
        "The model 'claude-opus-4-5' is deprecated and will reach end-of-life on January 22nd, 2027.",
      ),
      expect.stringContaining(
        "'claude-sonnet-4-5-20250929' is deprecated and will reach end-of-life on November 30th, 2026.",
      ),
      expect.stringContaining(
        "'claude-opus-4-5-20251101' is deprecated and will reach end-of-life on January 22nd, 2027.",
      ),
      expect.stringContaining("'claude-mythos-preview' is deprecated and will reach end-of-life on June 30th, 2026."),
    ]);
  });
});
