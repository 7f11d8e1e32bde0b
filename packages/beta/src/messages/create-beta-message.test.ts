import { AnthropicError, BadRequestError, Stream } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import type { BetaContentBlock, BetaMessage } from '../types/index.js';
import type { BetaRawMessageStreamEvent } from '../types/beta-stream-events.js';
import { createBetaMessage } from './create-beta-message.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hello' }] };
const mcpServers = [{ type: 'url' as const, name: 'docs', url: 'https://mcp.example.com/sse' }];

describe('createBetaMessage', () => {
  it('POSTs /v1/messages with the body and no anthropic-beta header when no betas are given', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'Hi there' }] });
    const message = await createBetaMessage(client, base);
    expectTypeOf(message).toEqualTypeOf<BetaMessage & { readonly _request_id?: string | null }>();
    expectTypeOf(message.content).toEqualTypeOf<BetaContentBlock[]>();
    expect(message.content).toEqual([{ type: 'text', text: 'Hi there', citations: null }]);
    expect(message._request_id).toMatch(/^req_/);
    const [request] = emulator.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/messages');
    expect(request?.query.has('beta')).toBe(false);
    expect(request?.url).toBe('http://emulator.test/v1/messages');
    expect(request?.headers.has('anthropic-beta')).toBe(false);
    expect(request?.body).toEqual(base);
  });

  it('sends betas as the header (the union with the client default), never in the body', async () => {
    const { client, emulator } = emulatedClient({
      defaultHeaders: { 'anthropic-beta': 'client-default-2025-01-01,mcp-client-2025-04-04' },
    });
    await createBetaMessage(client, {
      ...base,
      betas: ['mcp-client-2025-04-04', 'context-management-2025-06-27'],
      mcp_servers: mcpServers,
    });
    const [request] = emulator.requests;
    expect(request?.headers.get('anthropic-beta')).toBe(
      'client-default-2025-01-01,mcp-client-2025-04-04,context-management-2025-06-27',
    );
    expect(request?.body).toEqual({ ...base, mcp_servers: mcpServers });
    expect(request?.body).not.toHaveProperty('betas');
  });

  it('is rejected by the API when a beta-only feature lacks its beta', async () => {
    const { client } = emulatedClient();
    const error = await createBetaMessage(client, { ...base, mcp_servers: mcpServers }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toBe('400 mcp_servers: Extra inputs are not permitted');
    const accepted = await createBetaMessage(client, {
      ...base,
      betas: ['context-management-2025-06-27'],
      context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] },
    });
    expect(accepted.type).toBe('message');
  });

  it('moves the deprecated output_format into output_config.format, and refuses both', async () => {
    const { client, emulator } = emulatedClient();
    const format = {
      type: 'json_schema' as const,
      schema: { type: 'object', properties: { answer: { type: 'number' } } },
    };
    await createBetaMessage(client, { ...base, output_format: format, output_config: { effort: 'low' } });
    expect(emulator.requests[0]?.body).toEqual({ ...base, output_config: { effort: 'low', format } });
    expect(() => createBetaMessage(client, { ...base, output_format: format, output_config: { format } })).toThrow(
      AnthropicError,
    );
    expect(() => createBetaMessage(client, { ...base, output_format: format, output_config: { format } })).toThrow(
      /Both output_format and output_config\.format/,
    );
    expect(emulator.requests).toHaveLength(1);
    await createBetaMessage(client, { ...base, output_format: null });
    expect(emulator.requests[1]?.body).toEqual(base);
  });

  it('with stream: true resolves to a Stream of beta events', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'streamed words' }] });
    const stream = await createBetaMessage(client, {
      ...base,
      stream: true,
      betas: ['interleaved-thinking-2025-05-14'],
    });
    expectTypeOf(stream).toEqualTypeOf<Stream<BetaRawMessageStreamEvent>>();
    let text = '';
    for await (const event of stream)
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
    expect(text).toBe('streamed words');
    expect(emulator.requests[0]?.body).toMatchObject({ stream: true });
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBe('interleaved-thinking-2025-05-14');
  });

  it('sends user_profile_id as a header and refuses a long non-streaming request before sending', async () => {
    const { client, emulator } = emulatedClient();
    await createBetaMessage(client, { ...base, user_profile_id: 'prof_1' });
    expect(() => createBetaMessage(client, { ...base, max_tokens: 21_334 })).toThrow(/Streaming is required/);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]?.headers.get('anthropic-user-profile-id')).toBe('prof_1');
    expect(emulator.requests[0]?.body).not.toHaveProperty('user_profile_id');
  });
});
