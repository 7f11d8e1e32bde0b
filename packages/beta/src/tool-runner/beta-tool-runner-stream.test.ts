import { Anthropic, APIUserAbortError, MessageStream, ToolInputParseError } from '@anth/core';
import { startEmulator } from '@anth/emulator/node';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BetaMessageStream } from '../messages/beta-message-stream.js';
import { emulatedClient } from '../test-client.js';
import { betaTool } from '../tools/beta-tool.js';
import type { BetaMessageParam } from '../types/index.js';
import { betaToolRunner } from './create-beta-tool-runner.js';
import { ToolInputError } from './tool-input-error.js';

const model = 'claude-sonnet-4-5';
const messages: BetaMessageParam[] = [{ role: 'user', content: 'Weather in Paris?' }];
const weather = betaTool({
  name: 'get_weather',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  run: ({ city }) => `18°C in ${city}`,
});

describe('BetaToolRunner with stream: true', () => {
  it('yields a MessageStream per turn, runs the tools of each streamed turn, and ends with the final message', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      {
        content: [
          { type: 'text', text: 'Checking the weather.' },
          { type: 'tool_use', id: 'toolu_s', name: 'get_weather', input: { city: 'Paris' } },
        ],
      },
      { content: [{ type: 'text', text: 'It is 18°C in Paris.' }] },
    );
    const runner = betaToolRunner(client, { model, max_tokens: 256, stream: true, tools: [weather], messages });
    const texts: string[] = [];
    for await (const stream of runner) {
      expectTypeOf(stream).toEqualTypeOf<BetaMessageStream>();
      expect(stream).toBeInstanceOf(MessageStream);
      let text = '';
      for await (const delta of stream.textStream) text += delta;
      texts.push(text);
    }
    expect(texts).toEqual(['Checking the weather.', 'It is 18°C in Paris.']);
    const final = await runner;
    expect(final.content).toEqual([{ type: 'text', text: 'It is 18°C in Paris.', citations: null }]);
    const second = emulator.requests[1];
    expect(second?.body).toMatchObject({ stream: true });
    expect(second?.headers.get('x-stainless-helper')).toBe('BetaToolRunner');
    expect(second?.headers.get('x-stainless-helper-method')).toBe('stream');
    expect((second?.body as { messages: BetaMessageParam[] }).messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Checking the weather.', citations: null },
          { type: 'tool_use', id: 'toolu_s', name: 'get_weather', input: { city: 'Paris' } },
        ],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_s', content: '18°C in Paris' }] },
    ]);
  });

  it('works when the caller never reads the streams (await runner)', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Oslo' } }] },
      { content: [{ type: 'text', text: 'Cold.' }] },
    );
    const final = await betaToolRunner(client, { model, max_tokens: 64, stream: true, tools: [weather], messages });
    expect(final.content[0]).toMatchObject({ text: 'Cold.' });
    expect(emulator.requests).toHaveLength(2);
  });

  it('throws ToolInputError with the tool name and the raw streamed input when it does not parse', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({
      content: [
        { type: 'text', text: 'Let me see.' },
        { type: 'tool_use', id: 'toolu_broken', name: 'get_weather', input: {}, inputJson: '{"city": "Par' },
      ],
    });
    const error = await betaToolRunner(client, { model, max_tokens: 64, stream: true, tools: [weather], messages })
      .runUntilDone()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolInputError);
    expect(error).toMatchObject({ toolName: 'get_weather', toolUseId: 'toolu_broken', rawInput: '{"city": "Par' });
    expect((error as Error).message).toMatch(
      /^The input of tool "get_weather" \(toolu_broken\) is not valid JSON: .+\. Raw input: \{"city": "Par$/,
    );
    // Recognised by class, not by message: the cause is core's typed error, verbatim message and all.
    expect((error as Error).cause).toBeInstanceOf(ToolInputParseError);
    expect((error as Error).cause).toMatchObject({
      rawInput: '{"city": "Par',
      toolName: 'get_weather',
      toolUseId: 'toolu_broken',
    });
    expect(((error as Error).cause as Error).message).toMatch(
      /^Unable to parse tool parameter JSON from model\. Please retry your request or adjust your prompt\. Error: .+\. JSON: \{"city": "Par$/,
    );
    expect(emulator.requests).toHaveLength(1);
  });

  it('aborts mid-stream over a real socket: the runner rejects with APIUserAbortError and sends nothing more', async () => {
    const server = await startEmulator();
    try {
      const client = new Anthropic({
        apiKey: 'sk-ant-emulator',
        authToken: null,
        baseURL: server.url,
        maxRetries: 0,
        logLevel: 'off',
      });
      server.script(
        { content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } }] },
        { content: [{ type: 'text', text: 'A long answer that never finishes streaming.' }] },
      );
      // The second turn stalls after a few events: only the abort can end it.
      server.fault({ match: '/v1/messages', latencyMs: 0 }, { match: '/v1/messages', stallAfterEvents: 4 });
      const controller = new AbortController();
      const runner = betaToolRunner(
        client,
        { model, max_tokens: 256, stream: true, tools: [weather], messages },
        { signal: controller.signal },
      );
      let turns = 0;
      const failure = (async () => {
        for await (const stream of runner) {
          turns += 1;
          if (turns === 2) stream.once('text', () => controller.abort());
        }
      })().catch((caught: unknown) => caught);
      expect(await failure).toBeInstanceOf(APIUserAbortError);
      expect(turns).toBe(2);
      expect(server.requests.filter((request) => request.path === '/v1/messages')).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
