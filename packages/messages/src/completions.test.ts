import { describe, expect, it } from 'vitest';
import { Completions } from './completions.js';
import { createCompletion } from './create-completion.js';
import { AI_PROMPT, HUMAN_PROMPT } from './prompts.js';
import { emulatedClient } from './test-client.js';

describe('legacy completions', () => {
  it('uses real newlines in the prompt markers', () => {
    expect(HUMAN_PROMPT).toBe('\n\nHuman:');
    expect(AI_PROMPT).toBe('\n\nAssistant:');
  });

  it('POSTs /v1/complete and sends betas as a header', async () => {
    const { client, emulator } = emulatedClient();
    const completion = await createCompletion(client, {
      model: 'claude-3-5-haiku-latest',
      max_tokens_to_sample: 32,
      prompt: `${HUMAN_PROMPT} Hello${AI_PROMPT}`,
      betas: ['some-beta'],
    });
    expect(completion.type).toBe('completion');
    expect(typeof completion.completion).toBe('string');
    expect(emulator.requests[0]?.path).toBe('/v1/complete');
    expect(emulator.requests[0]?.headers.get('anthropic-beta')).toBe('some-beta');
    expect(emulator.requests[0]?.body).not.toHaveProperty('betas');
  });

  it('always sends anthropic-version 2023-06-01, the last version serving /v1/complete; a caller’s own header wins', async () => {
    const { client, emulator } = emulatedClient();
    const params = {
      model: 'claude-3-5-haiku-latest',
      max_tokens_to_sample: 8,
      prompt: `${HUMAN_PROMPT} Hi${AI_PROMPT}`,
    };
    await createCompletion(client, params);
    const stream = await new Completions(client).create({ ...params, stream: true });
    for await (const _event of stream) void _event;
    await expect(
      createCompletion(client, params, { headers: { 'anthropic-version': '2026-10-21' } }),
    ).rejects.toMatchObject({ status: 400 });
    expect(emulator.requests.map((request) => request.headers.get('anthropic-version'))).toEqual([
      '2023-06-01',
      '2023-06-01',
      '2026-10-21',
    ]);
  });

  it('streams completion events', async () => {
    const { client } = emulatedClient();
    const stream = await new Completions(client).create({
      model: 'claude-3-5-haiku-latest',
      max_tokens_to_sample: 32,
      prompt: `${HUMAN_PROMPT} Hi${AI_PROMPT}`,
      stream: true,
    });
    let text = '';
    let last: string | null = null;
    for await (const event of stream) {
      text += event.completion;
      last = event.stop_reason;
    }
    expect(text.length).toBeGreaterThan(0);
    expect(last).toBe('stop_sequence');
  });
});
