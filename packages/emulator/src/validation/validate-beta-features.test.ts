import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { createMessageBody, postJson } from '../testing/request-helpers.js';
import { validateBetaFeatures } from './validate-beta-features.js';

const mcpServers = [{ type: 'url', name: 'docs', url: 'https://mcp.example.com/sse' }];

describe('validateBetaFeatures', () => {
  it('rejects beta-only fields and tools without one of their betas', () => {
    const none = new Headers();
    expect(validateBetaFeatures({ mcp_servers: mcpServers }, none)).toBe('mcp_servers: Extra inputs are not permitted');
    expect(validateBetaFeatures({ context_management: { edits: [] } }, none)).toBe(
      'context_management: Extra inputs are not permitted',
    );
    expect(
      validateBetaFeatures(
        {
          tools: [
            { type: 'custom', name: 'x' },
            { type: 'computer_20250124', name: 'computer' },
          ],
        },
        none,
      ),
    ).toMatch(/^tools\.1: Input tag 'computer_20250124'.*"computer-use-2025-01-24"/);
  });

  it('accepts them with the header, in any position of the list', () => {
    const headers = new Headers({
      'anthropic-beta': 'other-2025-01-01, mcp-client-2025-11-20,context-management-2025-06-27',
    });
    expect(
      validateBetaFeatures(
        { mcp_servers: mcpServers, context_management: {}, tools: [{ type: 'mcp_toolset', mcp_server_name: 'docs' }] },
        headers,
      ),
    ).toBeUndefined();
    expect(validateBetaFeatures({ tools: [{ type: 'bash_20250124', name: 'bash' }] }, new Headers())).toBeUndefined();
  });

  it('is applied by POST /v1/messages (with or without ?beta=true) and count_tokens', async () => {
    const emulator = createEmulatorFetch();
    const body = createMessageBody({ mcp_servers: mcpServers });
    const rejected = await postJson(emulator, '/v1/messages?beta=true', body);
    expect(rejected.status).toBe(400);
    expect(await rejected.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: 'mcp_servers: Extra inputs are not permitted' },
    });
    const counted = await postJson(emulator, '/v1/messages/count_tokens?beta=true', {
      model: 'claude-sonnet-4-5',
      messages: body['messages'],
      context_management: {},
    });
    expect(counted.status).toBe(400);
    const accepted = await postJson(emulator, '/v1/messages?beta=true', body, {
      headers: { 'anthropic-beta': 'mcp-client-2025-04-04' },
    });
    expect(accepted.status).toBe(200);
  });

  it('recognises a beta request by its header on the plain path, as the API does since 2026-10-21', async () => {
    const emulator = createEmulatorFetch();
    const body = createMessageBody({ mcp_servers: mcpServers });
    const plain = await postJson(emulator, '/v1/messages', body, {
      headers: { 'anthropic-beta': 'mcp-client-2025-04-04' },
    });
    expect(plain.status).toBe(200);
    // The old query marker alone enables nothing.
    expect((await postJson(emulator, '/v1/messages?beta=true', body)).status).toBe(400);
  });
});
