import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '../create-emulator-fetch.js';
import type { EmulatorFetch } from '../types.js';
import { postJson, readServerSentEvents } from '../testing/request-helpers.js';

/** `/v1/complete` is served under anthropic-version 2023-06-01 only. */
const complete = (emulator: EmulatorFetch, params: unknown, version = '2023-06-01') =>
  postJson(emulator, '/v1/complete', params, { headers: { 'anthropic-version': version } });

const body = (overrides: Record<string, unknown> = {}) => ({
  model: 'claude-3-haiku-20240307',
  prompt: '\n\nHuman: Tell me a joke\n\nAssistant:',
  max_tokens_to_sample: 100,
  ...overrides,
});

describe('POST /v1/complete', () => {
  it('is served under anthropic-version 2023-06-01 only: 2026-10-21 gets a 400', async () => {
    const emulator = createEmulatorFetch();
    const refused = await complete(emulator, body(), '2026-10-21');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      type: 'error',
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('anthropic-version: the Text Completions API (/v1/complete) is not available'),
      },
    });
    expect((await complete(emulator, body())).status).toBe(200);
  });

  it('returns a Completion quoting the last human turn', async () => {
    const response = await complete(createEmulatorFetch(), body());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      type: 'completion',
      id: expect.stringMatching(/^compl_[0-9A-Za-z]{24}$/),
      completion: ' Hello! You said: "Tell me a joke"',
      stop_reason: 'stop_sequence',
      model: 'claude-3-haiku-20240307',
    });
  });

  it('uses the text of a scripted turn', async () => {
    const emulator = createEmulatorFetch();
    emulator.script({
      content: [
        { type: 'text', text: ' Why did' },
        { type: 'text', text: ' the chicken…' },
      ],
      stop_reason: 'max_tokens',
    });
    expect(await (await complete(emulator, body())).json()).toMatchObject({
      completion: ' Why did the chicken…',
      stop_reason: 'max_tokens',
    });
  });

  it('rejects a prompt without the Human marker', async () => {
    const response = await complete(createEmulatorFetch(), body({ prompt: 'Tell me a joke\n\nAssistant:' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: 'prompt must start with "\n\nHuman:" turn' },
    });
  });

  it('streams completion events ending with the stop reason', async () => {
    const emulator = createEmulatorFetch({ chunkSize: 5 });
    const response = await complete(emulator, body({ stream: true }));
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = await readServerSentEvents(response);
    expect(events[0]).toEqual({ event: 'ping', data: { type: 'ping' } });
    const completions = events.filter((event) => event.event === 'completion').map((event) => event.data);
    expect(completions.map((data) => data['completion']).join('')).toBe(' Hello! You said: "Tell me a joke"');
    expect(completions.slice(0, -1).every((data) => data['stop_reason'] === null)).toBe(true);
    expect(completions.at(-1)).toMatchObject({ type: 'completion', completion: '', stop_reason: 'stop_sequence' });
    expect(new Set(completions.map((data) => data['id'])).size).toBe(1);
  });
});
