import { AnthropicError, APIUserAbortError, type ToolResultBlockParam } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { emulatedClient } from '../test-client.js';
import { betaTool } from '../tools/beta-tool.js';
import { betaZodTool } from '../tools/beta-zod-tool.js';
import { ToolError } from '../tools/tool-error.js';
import type { BetaMessage, BetaMessageParam } from '../types/index.js';
import { BetaToolRunner } from './beta-tool-runner.js';
import { betaToolRunner } from './create-beta-tool-runner.js';
import { ToolInputError } from './tool-input-error.js';

const model = 'claude-sonnet-4-5';
const ask = (content: string): BetaMessageParam[] => [{ role: 'user', content }];

function weatherTool(calls: string[] = []) {
  return betaTool({
    name: 'get_weather',
    description: 'Current weather for a city',
    inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    run: ({ city }) => {
      calls.push(city);
      return `18°C and sunny in ${city}`;
    },
  });
}

/** The messages the emulator received in request `index`. */
function sentMessages(emulator: ReturnType<typeof emulatedClient>['emulator'], index: number): BetaMessageParam[] {
  return (emulator.requests[index]?.body as { messages: BetaMessageParam[] }).messages;
}

describe('BetaToolRunner', () => {
  it('runs a multi-turn conversation: yields each assistant turn, sends tool results back, ends with the final message', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      {
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } },
        ],
      },
      { content: [{ type: 'tool_use', id: 'toolu_2', name: 'get_weather', input: { city: 'Lyon' } }] },
      { content: [{ type: 'text', text: 'Paris and Lyon are sunny.' }] },
    );
    const calls: string[] = [];
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 512,
      max_iterations: 10,
      tools: [weatherTool(calls)],
      messages: ask('Weather in Paris and Lyon?'),
    });
    expectTypeOf(runner).toEqualTypeOf<BetaToolRunner<false>>();
    const seen: Array<BetaMessage['stop_reason']> = [];
    for await (const message of runner) {
      expectTypeOf(message).toEqualTypeOf<BetaMessage>();
      seen.push(message.stop_reason);
    }
    expect(seen).toEqual(['tool_use', 'tool_use', 'end_turn']);
    expect(calls).toEqual(['Paris', 'Lyon']);
    const final = await runner.done();
    expect(final.content).toEqual([{ type: 'text', text: 'Paris and Lyon are sunny.', citations: null }]);
    expect(await runner).toBe(final);

    expect(emulator.requests).toHaveLength(3);
    const request = emulator.requests[2];
    expect(request?.url).toBe('http://emulator.test/v1/messages');
    expect(request?.headers.get('x-stainless-helper')).toBe('BetaToolRunner');
    expect(request?.body).not.toHaveProperty('max_iterations');
    // Each turn is a plain JSON request; the runner's own fields never reach the API.
    expect(request?.body).toMatchObject({ stream: false });
    expect((request?.body as { tools: unknown[] }).tools).toEqual([
      {
        type: 'custom',
        name: 'get_weather',
        description: 'Current weather for a city',
        input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    ]);
    expect(sentMessages(emulator, 2)).toEqual([
      { role: 'user', content: 'Weather in Paris and Lyon?' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.', citations: null },
          { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } },
        ],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C and sunny in Paris' }] },
      {
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_2', name: 'get_weather', input: { city: 'Lyon' } }],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_2', content: '18°C and sunny in Lyon' }] },
    ]);
    // The runner's history is its own copy: the caller's params are untouched.
    expect(runner.params.messages).toHaveLength(6);
  });

  it('runs the tools of one turn concurrently and sends every result in one user turn, in tool_use order', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      {
        content: [
          { type: 'tool_use', id: 'toolu_slow', name: 'slow', input: {} },
          { type: 'tool_use', id: 'toolu_fast', name: 'fast', input: {} },
        ],
      },
      { content: [{ type: 'text', text: 'Both done.' }] },
    );
    let releaseSlow!: () => void;
    const fastStarted = new Promise<void>((resolve) => (releaseSlow = resolve));
    const order: string[] = [];
    // `slow` only finishes once `fast` has started: run one after the other, they would never finish.
    const slow = betaTool({
      name: 'slow',
      inputSchema: { type: 'object' },
      run: async () => {
        order.push('slow started');
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('tools ran sequentially')), 2_000),
        );
        await Promise.race([fastStarted, timeout]);
        order.push('slow done');
        return 'slow result';
      },
    });
    const fast = betaTool({
      name: 'fast',
      inputSchema: { type: 'object' },
      run: () => {
        order.push('fast started');
        releaseSlow();
        return 'fast result';
      },
    });
    const final = await betaToolRunner(client, { model, max_tokens: 256, tools: [slow, fast], messages: ask('Go') });
    expect(final.content[0]).toMatchObject({ text: 'Both done.' });
    expect(order).toEqual(['slow started', 'fast started', 'slow done']);
    expect(sentMessages(emulator, 1).at(-1)).toEqual({
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'toolu_slow', content: 'slow result' },
        { type: 'tool_result', tool_use_id: 'toolu_fast', content: 'fast result' },
      ],
    });
  });

  it('reports failing tools to the model as is_error results, and carries on', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      {
        content: [
          { type: 'tool_use', id: 'toolu_throws', name: 'flaky', input: { mode: 'throw' } },
          { type: 'tool_use', id: 'toolu_tool_error', name: 'flaky', input: { mode: 'tool-error' } },
          { type: 'tool_use', id: 'toolu_invalid', name: 'typed', input: { count: 'three' } },
          { type: 'tool_use', id: 'toolu_missing', name: 'no_such_tool', input: {} },
          { type: 'tool_use', id: 'toolu_server_side', name: 'web_search', input: { query: 'x' } },
        ],
      },
      { content: [{ type: 'text', text: 'Sorry, the tools failed.' }] },
    );
    const flaky = betaTool({
      name: 'flaky',
      inputSchema: { type: 'object', properties: { mode: { type: 'string' } }, required: ['mode'] },
      run: ({ mode }) => {
        if (mode === 'throw') throw new Error('disk on fire');
        throw new ToolError([
          { type: 'text', text: 'Quota exceeded;' },
          { type: 'text', text: 'retry tomorrow.' },
        ]);
      },
    });
    const typed = betaZodTool({
      name: 'typed',
      inputSchema: z.object({ count: z.number() }),
      run: ({ count }) => String(count),
    });
    const final = await betaToolRunner(client, {
      model,
      max_tokens: 256,
      tools: [flaky, typed, { type: 'web_search_20250305', name: 'web_search' }],
      messages: ask('Try'),
    });
    expect(final.stop_reason).toBe('end_turn');
    const results = sentMessages(emulator, 1).at(-1)?.content as ToolResultBlockParam[];
    expect(results).toEqual([
      { type: 'tool_result', tool_use_id: 'toolu_throws', content: 'Error: disk on fire', is_error: true },
      {
        type: 'tool_result',
        tool_use_id: 'toolu_tool_error',
        content: [
          { type: 'text', text: 'Quota exceeded;' },
          { type: 'text', text: 'retry tomorrow.' },
        ],
        is_error: true,
      },
      {
        type: 'tool_result',
        tool_use_id: 'toolu_invalid',
        content: expect.stringMatching(/^Error: Invalid input for tool "typed": count: /),
        is_error: true,
      },
      {
        type: 'tool_result',
        tool_use_id: 'toolu_missing',
        content: "Error: Tool 'no_such_tool' not found",
        is_error: true,
      },
      {
        type: 'tool_result',
        tool_use_id: 'toolu_server_side',
        content: "Error: Tool 'web_search' not found",
        is_error: true,
      },
    ]);
    expect(
      new ToolError([
        { type: 'text', text: 'a' },
        { type: 'image', source: { type: 'url', url: 'https://x' } },
      ]).message,
    ).toBe('a [image]');
  });

  it('sends tools’ content blocks (text and images) as the tool result', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'tool_use', id: 'toolu_chart', name: 'chart', input: {} }] },
      { content: [{ type: 'text', text: 'Nice chart.' }] },
    );
    const pixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const chart = betaTool({
      name: 'chart',
      inputSchema: { type: 'object' },
      run: async () => [
        { type: 'text', text: 'Sales by month:' },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: pixel } },
      ],
    });
    await betaToolRunner(client, { model, max_tokens: 256, tools: [chart], messages: ask('Chart it') });
    expect(sentMessages(emulator, 1).at(-1)?.content).toEqual([
      {
        type: 'tool_result',
        tool_use_id: 'toolu_chart',
        content: [
          { type: 'text', text: 'Sales by month:' },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: pixel } },
        ],
      },
    ]);
  });

  it('stops at max_iterations with the last message, leaving that turn’s tool calls unrun until asked', async () => {
    const { client, emulator } = emulatedClient();
    const loop = { content: [{ type: 'tool_use' as const, name: 'get_weather', input: { city: 'Oslo' } }] };
    emulator.script(loop, loop, loop, loop);
    const calls: string[] = [];
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 256,
      max_iterations: 2,
      tools: [weatherTool(calls)],
      messages: ask('Loop'),
    });
    let turns = 0;
    for await (const _message of runner) turns += 1;
    expect(turns).toBe(2);
    expect(emulator.requests).toHaveLength(2);
    const final = await runner;
    expect(final.stop_reason).toBe('tool_use');
    expect(calls).toEqual(['Oslo']);
    expect(runner.params.messages.at(-1)?.role).toBe('assistant');
    const response = await runner.generateToolResponse();
    expect(response?.content).toEqual([
      { type: 'tool_result', tool_use_id: expect.stringMatching(/^toolu_/), content: '18°C and sunny in Oslo' },
    ]);
    expect(calls).toEqual(['Oslo', 'Oslo']);
    expect(() =>
      betaToolRunner(client, { model, max_tokens: 1, max_iterations: 0, tools: [], messages: ask('x') }),
    ).toThrow('max_iterations must be a positive integer; got 0');
  });

  it('carries the container forward to the next requests, unless the caller chose one', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      {
        content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Rome' } }],
        container: { id: 'container_abc' },
      },
      {
        content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Pisa' } }],
        container: { id: 'container_abc' },
      },
      { content: [{ type: 'text', text: 'Done.' }] },
    );
    await betaToolRunner(client, { model, max_tokens: 256, tools: [weatherTool()], messages: ask('Code') });
    expect(emulator.requests.map((request) => (request.body as { container?: unknown }).container)).toEqual([
      undefined,
      'container_abc',
      'container_abc',
    ]);

    emulator.script(
      {
        content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Rome' } }],
        container: { id: 'container_new' },
      },
      { content: [{ type: 'text', text: 'Done.' }] },
    );
    await betaToolRunner(client, {
      model,
      max_tokens: 256,
      container: 'container_mine',
      tools: [weatherTool()],
      messages: ask('Code'),
    });
    expect((emulator.requests.at(-1)?.body as { container?: unknown }).container).toBe('container_mine');
  });

  it('never runs a tool call cut short by a refusal, and continues a paused server-tool turn', async () => {
    const { client, emulator } = emulatedClient();
    const calls: string[] = [];
    emulator.script({
      content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'X' } }],
      stop_reason: 'refusal',
    });
    const refused = await betaToolRunner(client, {
      model,
      max_tokens: 64,
      tools: [weatherTool(calls)],
      messages: ask('?'),
    });
    expect(refused.stop_reason).toBe('refusal');
    expect(calls).toEqual([]);

    emulator.reset();
    emulator.script(
      {
        content: [{ type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'news' } }],
        stop_reason: 'pause_turn',
      },
      { content: [{ type: 'text', text: 'Here is the news.' }] },
    );
    const resumed = await betaToolRunner(client, {
      model,
      max_tokens: 64,
      tools: [{ type: 'web_search_20250305', name: 'web_search' }],
      messages: ask('News?'),
    });
    expect(resumed.content[0]).toMatchObject({ text: 'Here is the news.' });
    expect(emulator.requests).toHaveLength(2);
    expect(sentMessages(emulator, 1).at(-1)).toMatchObject({
      role: 'assistant',
      content: [{ type: 'server_tool_use', id: 'srvtoolu_1' }],
    });
  });

  it('lets the caller change course between turns: push a follow-up, withdraw a tool', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'text', text: 'Anything else?' }] },
      { content: [{ type: 'tool_use', id: 'toolu_w', name: 'get_weather', input: { city: 'Bern' } }] },
      { content: [{ type: 'text', text: 'The tool is gone.' }] },
    );
    const calls: string[] = [];
    const runner = betaToolRunner(client, { model, max_tokens: 64, tools: [weatherTool(calls)], messages: ask('Hi') });
    let turn = 0;
    for await (const _message of runner) {
      turn += 1;
      if (turn === 1) {
        runner.pushMessages(
          { role: 'user', content: 'Weather in Bern?' },
          {
            role: 'system',
            content: [{ type: 'tool_removal', tool: { type: 'tool_reference', name: 'get_weather' } }],
          },
        );
      }
    }
    expect(turn).toBe(3);
    expect(calls).toEqual([]);
    expect(sentMessages(emulator, 2).at(-1)).toEqual({
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'toolu_w', content: "Error: Tool 'get_weather' not found", is_error: true },
      ],
    });
    expect(sentMessages(emulator, 1).slice(1)).toEqual([
      { role: 'user', content: 'Weather in Bern?' },
      { role: 'system', content: [{ type: 'tool_removal', tool: { type: 'tool_reference', name: 'get_weather' } }] },
    ]);
  });

  it('iterates once; a run that failed can be retried; no message at all is an error', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'text', text: 'One.' }] });
    const runner = betaToolRunner(client, { model, max_tokens: 64, tools: [], messages: ask('Hi') });
    await runner.runUntilDone();
    await expect(async () => {
      for await (const _message of runner) void _message;
    }).rejects.toThrow(new AnthropicError('Cannot iterate over a consumed stream'));

    emulator.fault({ status: 529 });
    emulator.script({ content: [{ type: 'text', text: 'Second try.' }] });
    const retried = betaToolRunner(client, { model, max_tokens: 64, tools: [], messages: ask('Hi') });
    await expect(retried.runUntilDone()).rejects.toMatchObject({ status: 529 });
    expect((await retried.runUntilDone()).content[0]).toMatchObject({ text: 'Second try.' });

    const stopped = betaToolRunner(client, { model, max_tokens: 64, tools: [], messages: ask('Hi') });
    for await (const _message of stopped) break;
    await expect(stopped.done()).resolves.toMatchObject({ type: 'message' });
  });

  it('throws ToolInputError naming the tool and showing the raw input when the input is not JSON', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({
      content: [{ type: 'tool_use', id: 'toolu_bad', name: 'get_weather', input: {}, inputJson: '{"city": "Par' }],
    });
    const calls: string[] = [];
    const error = await betaToolRunner(client, {
      model,
      max_tokens: 64,
      tools: [weatherTool(calls)],
      messages: ask('x'),
    }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ToolInputError);
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).toMatchObject({
      name: 'ToolInputError',
      toolName: 'get_weather',
      toolUseId: 'toolu_bad',
      rawInput: '{"city": "Par',
    });
    expect((error as Error).message).toMatch(
      /^The input of tool "get_weather" \(toolu_bad\) is not valid JSON: .+\. Raw input: \{"city": "Par$/,
    );
    expect(calls).toEqual([]);
  });

  it('throws (not reports) a tool that returns neither a string nor content blocks', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'tool_use', name: 'broken', input: {} }] });
    const broken = betaTool({
      name: 'broken',
      inputSchema: { type: 'object' },
      run: () => undefined as unknown as string,
    });
    await expect(
      betaToolRunner(client, { model, max_tokens: 64, tools: [broken], messages: ask('x') }),
    ).rejects.toThrow('Tool "broken" returned undefined; run() must return a string or an array of content blocks.');
  });

  it('aborts mid-run while a tool is running: rejects at once, tells the tool, sends nothing more', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'tool_use', name: 'wait', input: {} }] },
      { content: [{ type: 'text', text: 'never sent' }] },
    );
    const controller = new AbortController();
    let toolSignal: AbortSignal | undefined;
    const wait = betaTool({
      name: 'wait',
      inputSchema: { type: 'object' },
      // Never finishes by itself: only the abort ends the run.
      run: (_input, { signal }) => {
        toolSignal = signal;
        controller.abort();
        return new Promise<string>(() => {});
      },
    });
    const runner = betaToolRunner(
      client,
      { model, max_tokens: 64, tools: [wait], messages: ask('x') },
      { signal: controller.signal },
    );
    const error = await runner.runUntilDone().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(toolSignal?.aborted).toBe(true);
    expect(emulator.requests).toHaveLength(1);
  });

  it('aborts before the next request when the signal fires between turns', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script({ content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Nice' } }] });
    const controller = new AbortController();
    const runner = betaToolRunner(
      client,
      { model, max_tokens: 64, tools: [weatherTool()], messages: ask('x') },
      { signal: controller.signal },
    );
    const done = runner.done();
    await expect(async () => {
      for await (const _message of runner) controller.abort();
    }).rejects.toBeInstanceOf(APIUserAbortError);
    expect(emulator.requests).toHaveLength(1);
    await expect(done).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
