import { Anthropic, AnthropicError, type Logger } from '@anth/core';
import type { Emulator } from '@anth/emulator';
import { describe, expect, it } from 'vitest';
import { emulatedClientOptions } from '../../../../test-support/emulated-client.js';
import { emulatedClient } from '../test-client.js';
import { betaTool } from '../tools/beta-tool.js';
import type { BetaMessage, BetaMessageContentParam, BetaMessageParam } from '../types/index.js';
import { betaToolRunner } from './create-beta-tool-runner.js';

const model = 'claude-sonnet-4-5';
const COMPACT_BETA = 'compact-2026-09-04';

function weatherTool(calls: string[] = []) {
  return betaTool({
    name: 'get_weather',
    inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    run: ({ city }) => {
      calls.push(`weather ${city}`);
      return `18°C in ${city}`;
    },
  });
}
const clock = (calls: string[] = []) =>
  betaTool({
    name: 'get_time',
    description: 'The time in a city',
    inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
    run: ({ city }) => {
      calls.push(`time ${city}`);
      return `12:00 in ${city}`;
    },
  });

const bodies = (emulator: Emulator): Array<Record<string, unknown>> =>
  emulator.requests.map((request) => request.body as Record<string, unknown>);
const messagesOf = (emulator: Emulator, index: number): BetaMessageParam[] =>
  bodies(emulator)[index]?.['messages'] as BetaMessageParam[];

describe('BetaToolRunner.addTools / removeTools', () => {
  it('changes which tools run at once and tells the model with the next request, leaving params.tools as they were', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'tool_use', id: 'toolu_w1', name: 'get_weather', input: { city: 'Paris' } }] },
      {
        content: [
          { type: 'tool_use', id: 'toolu_t', name: 'get_time', input: { city: 'Paris' } },
          { type: 'tool_use', id: 'toolu_w2', name: 'get_weather', input: { city: 'Paris' } },
        ],
      },
      { content: [{ type: 'text', text: 'Noon and mild.' }] },
    );
    const calls: string[] = [];
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 256,
      betas: ['inline-tools-2026-09-15'],
      tools: [weatherTool(calls)],
      messages: [{ role: 'user', content: 'Time and weather in Paris?' }],
    });
    let turn = 0;
    for await (const _message of runner) {
      turn += 1;
      if (turn === 1) {
        runner.addTools(clock(calls));
        // Even the call of the reply being handled is answered "not found" now.
        runner.removeTools('get_weather');
      }
    }
    expect(calls).toEqual(['time Paris']);
    const weatherDefinition = {
      type: 'custom',
      name: 'get_weather',
      input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    };
    expect(bodies(emulator)[1]).toEqual({
      model,
      max_tokens: 256,
      stream: false,
      tools: [weatherDefinition],
      messages: [
        { role: 'user', content: 'Time and weather in Paris?' },
        {
          role: 'assistant',
          content: [{ type: 'tool_use', id: 'toolu_w1', name: 'get_weather', input: { city: 'Paris' } }],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_w1',
              content: "Error: Tool 'get_weather' not found",
              is_error: true,
            },
          ],
        },
        {
          role: 'system',
          content: [
            {
              type: 'tool_addition',
              tool: {
                type: 'tool_definition',
                definition: {
                  type: 'custom',
                  name: 'get_time',
                  description: 'The time in a city',
                  input_schema: { type: 'object', properties: { city: { type: 'string' } } },
                },
              },
            },
            { type: 'tool_removal', tool: { type: 'tool_reference', name: 'get_weather' } },
          ],
        },
      ],
    });
    expect(emulator.requests[1]?.headers.get('anthropic-beta')).toBe('inline-tools-2026-09-15');
    expect(messagesOf(emulator, 2).at(-1)?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'toolu_t', content: '12:00 in Paris' },
      { type: 'tool_result', tool_use_id: 'toolu_w2', content: "Error: Tool 'get_weather' not found", is_error: true },
    ]);
    expect(runner.params.tools.map((tool) => ('name' in tool ? tool.name : ''))).toEqual(['get_weather']);
  });

  it('addTools brings a removed tool back, and a plain definition is sent but never run', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'text', text: 'Ready.' }] },
      {
        content: [
          { type: 'tool_use', id: 'toolu_w', name: 'get_weather', input: { city: 'Rome' } },
          { type: 'tool_use', id: 'toolu_p', name: 'plain', input: {} },
        ],
      },
      { content: [{ type: 'text', text: 'Done.' }] },
    );
    const calls: string[] = [];
    const weather = weatherTool(calls);
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 64,
      tools: [weather],
      messages: [{ role: 'user', content: 'Hi' }],
    });
    runner.removeTools(weather);
    let turn = 0;
    for await (const message of runner) {
      turn += 1;
      if (turn === 1) {
        runner.addTools(weather, { name: 'plain', input_schema: { type: 'object' } });
        runner.pushMessages(
          { role: 'assistant', content: message.content as BetaMessageContentParam },
          { role: 'user', content: 'Weather in Rome?' },
        );
      }
    }
    expect(calls).toEqual(['weather Rome']);
    expect(messagesOf(emulator, 0).at(-1)).toEqual({
      role: 'system',
      content: [{ type: 'tool_removal', tool: { type: 'tool_reference', name: 'get_weather' } }],
    });
    expect(messagesOf(emulator, 2).at(-1)?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'toolu_w', content: '18°C in Rome' },
      { type: 'tool_result', tool_use_id: 'toolu_p', content: "Error: Tool 'plain' not found", is_error: true },
    ]);
  });
});

describe('BetaToolRunner.compactBeforeNextTurn', () => {
  it('after the turn and its tools, sends a compaction request, yields it, and goes on from its summary alone', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Oslo' } }] },
      { content: [{ type: 'text', text: 'Oslo is mild.' }] },
    );
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 256,
      max_iterations: 2,
      betas: [COMPACT_BETA],
      stop_sequences: ['END'],
      tool_choice: { type: 'any' },
      tools: [weatherTool()],
      messages: [{ role: 'user', content: 'Weather in Oslo?' }],
    });
    const stopReasons: Array<BetaMessage['stop_reason']> = [];
    for await (const message of runner) {
      stopReasons.push(message.stop_reason);
      if (stopReasons.length === 1)
        runner.compactBeforeNextTurn({ type: 'summarize', instructions: 'Keep city names.' });
      if (stopReasons.length === 3) expect(runner.params.tool_choice).toEqual({ type: 'any' });
    }
    expect(stopReasons).toEqual(['tool_use', 'compaction', 'end_turn']);
    expect((await runner).content).toEqual([{ type: 'text', text: 'Oslo is mild.', citations: null }]);
    const compactionBlock = {
      type: 'compaction',
      content: 'Summary of 3 earlier messages. Last request: "18°C in Oslo"',
      encrypted_content: null,
    };
    expect(bodies(emulator)[1]).toEqual({
      model,
      max_tokens: 256,
      stream: false,
      tools: [expect.objectContaining({ name: 'get_weather' })],
      messages: [
        { role: 'user', content: 'Weather in Oslo?' },
        {
          role: 'assistant',
          content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Oslo' } }],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C in Oslo' }] },
      ],
      compaction: { type: 'summarize', instructions: 'Keep city names.' },
    });
    expect(messagesOf(emulator, 2)).toEqual([{ role: 'assistant', content: [compactionBlock] }]);
    expect(bodies(emulator)[2]).toMatchObject({ stop_sequences: ['END'], tool_choice: { type: 'any' } });
    expect(runner.params.messages).toEqual([
      { role: 'assistant', content: [compactionBlock] },
      { role: 'assistant', content: [{ type: 'text', text: 'Oslo is mild.', citations: null }] },
    ]);
  });

  it('compacts after the final turn too (the run still resolves to the final reply), with streams as well', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'All done.' }] });
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 64,
      stream: true,
      betas: [COMPACT_BETA],
      tools: [],
      messages: [{ role: 'user', content: 'Finish' }],
    });
    const finals: string[] = [];
    for await (const stream of runner) {
      runner.compactBeforeNextTurn();
      finals.push(String((await stream.finalMessage()).stop_reason));
    }
    expect(finals).toEqual(['end_turn', 'compaction']);
    expect((await runner.done()).content).toEqual([{ type: 'text', text: 'All done.', citations: null }]);
    expect(bodies(emulator)[1]).toMatchObject({ compaction: { type: 'summarize' }, stream: true });
    expect(runner.params.messages).toHaveLength(1);
  });

  it('keeps the conversation (and warns) when the compaction produced no summary', async () => {
    const { emulator } = emulatedClient();
    const warnings: string[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: (message) => warnings.push(message),
      error: () => {},
    };
    const client = new Anthropic({ ...emulatedClientOptions(emulator), logger });
    emulator.script(
      { content: [{ type: 'text', text: 'First.' }] },
      { content: [{ type: 'compaction', content: null }], stop_reason: 'compaction' },
      { content: [{ type: 'text', text: 'Second.' }] },
    );
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 64,
      betas: [COMPACT_BETA],
      tools: [],
      messages: [{ role: 'user', content: 'A' }],
    });
    let turn = 0;
    for await (const message of runner) {
      turn += 1;
      if (turn === 1) {
        runner.compactBeforeNextTurn();
        runner.pushMessages(
          { role: 'assistant', content: message.content as BetaMessageContentParam },
          { role: 'user', content: 'B' },
        );
      }
    }
    expect(warnings).toEqual(['Compaction produced no summary; keeping the conversation as it is.']);
    expect(messagesOf(emulator, 2)).toEqual([
      { role: 'user', content: 'A' },
      { role: 'assistant', content: [{ type: 'text', text: 'First.', citations: null }] },
      { role: 'user', content: 'B' },
    ]);
  });

  it('refuses a compaction param, a compaction edit, and changing the messages while compacting', async () => {
    const { client, emulator } = emulatedClient();
    const base = { model, max_tokens: 64, tools: [], messages: [{ role: 'user' as const, content: 'x' }] };
    expect(() => betaToolRunner(client, { ...base, compaction: { type: 'summarize' } } as never)).toThrow(
      /`compaction` cannot be set on a tool runner/,
    );
    const withEdit = betaToolRunner(client, { ...base, context_management: { edits: [{ type: 'compact_20260112' }] } });
    expect(() => withEdit.compactBeforeNextTurn()).toThrow(AnthropicError);

    emulator.script({ content: [{ type: 'text', text: 'One.' }] });
    const runner = betaToolRunner(client, { ...base, betas: [COMPACT_BETA] });
    let error: unknown;
    for await (const message of runner) {
      if (message.stop_reason === 'end_turn') runner.compactBeforeNextTurn();
      else {
        try {
          runner.pushMessages({ role: 'user', content: 'too late' });
        } catch (caught) {
          error = caught;
        }
      }
    }
    expect(error).toBeInstanceOf(AnthropicError);
    expect((error as Error).message).toMatch(/can't be changed while the conversation is being compacted/);
  });
});
