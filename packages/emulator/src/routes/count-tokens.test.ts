import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import { createMessageBody, postJson } from '../testing/request-helpers.js';

async function count(body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await postJson(createEmulatorFetch(), '/v1/messages/count_tokens', body);
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const countBody = (overrides: Record<string, unknown> = {}) =>
  createMessageBody({ max_tokens: undefined, ...overrides });

describe('POST /v1/messages/count_tokens', () => {
  it('returns { input_tokens } estimated from messages and system', async () => {
    const result = await count(countBody({ system: 'Be brief.', messages: [{ role: 'user', content: 'abcdefgh' }] }));
    expect(result).toEqual({ status: 200, json: { input_tokens: 3 + 2 } });
  });

  it('is deterministic and counts tools', async () => {
    const plain = await count(countBody());
    expect(await count(countBody())).toEqual(plain);
    const withTools = await count(
      countBody({ tools: [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object' } }] }),
    );
    expect(withTools.json['input_tokens']).toBeGreaterThan(plain.json['input_tokens'] as number);
  });

  it('agrees with usage.input_tokens of the same request', async () => {
    const body = countBody({
      system: [{ type: 'text', text: 'You are terse.' }],
      tools: [{ name: 't', input_schema: {} }],
    });
    const counted = await count(body);
    const message = await (await postJson(createEmulatorFetch(), '/v1/messages', { ...body, max_tokens: 100 })).json();
    expect((message as { usage: { input_tokens: number } }).usage.input_tokens).toBe(counted.json['input_tokens']);
  });

  it('validates model and messages but takes no max_tokens', async () => {
    expect((await count(countBody({ messages: undefined }))).json).toMatchObject({
      error: { message: 'messages: Field required' },
    });
    expect((await count(createMessageBody())).json).toMatchObject({
      error: { message: 'max_tokens: Extra inputs are not permitted' },
    });
    const unknownModel = await count(countBody({ model: 'claude-nope' }));
    expect(unknownModel.status).toBe(404);
    expect(unknownModel.json).toMatchObject({ error: { type: 'not_found_error', message: 'model: claude-nope' } });
  });

  it('does not consume scripted turns', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({ content: [{ type: 'text', text: 'kept' }] });
    await postJson(emulator, '/v1/messages/count_tokens', countBody());
    const message = (await (await postJson(emulator, '/v1/messages', createMessageBody())).json()) as {
      content: Array<{ text: string }>;
    };
    expect(message.content[0]?.text).toBe('kept');
  });
});
