import { Anthropic, AnthropicError, APIUserAbortError, type ToolResultBlockParam } from '@anth/core';
import { createEmulatorFetch, type EmulatorFetch } from '@anth/emulator';
import { describe, expect, it } from 'vitest';
import { emulatedClientOptions } from '../../../../test-support/emulated-client.js';
import type { BetaMessageStream } from '../messages/beta-message-stream.js';
import { servedClient } from '../test-client.js';
import { betaTool } from '../tools/beta-tool.js';
import type { BetaMessageParam } from '../types/index.js';
import { betaToolRunner } from './create-beta-tool-runner.js';

const model = 'claude-sonnet-4-5';

/** A client on an emulator that streams tool input four characters per delta (many events per block). */
function slowStreamingClient(): { client: Anthropic; emulator: EmulatorFetch } {
  const emulator = createEmulatorFetch({ chunkSize: 4 });
  return { client: new Anthropic({ ...emulatedClientOptions(emulator), logLevel: 'off' }), emulator };
}

/** A tool that logs when it starts. */
function loggingTool(name: string, log: string[]) {
  return betaTool({
    name,
    inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
    run: ({ city }) => {
      log.push(`start ${name}`);
      return `${name} ${city ?? ''}`.trim();
    },
  });
}

/** Logs every event of `stream` as `type` or `type:index`. */
function logEvents(stream: BetaMessageStream, log: string[]): void {
  stream.on('streamEvent', (event) => log.push('index' in event ? `${event.type}:${event.index}` : event.type));
}

const LONG_CITY = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';

describe('BetaToolRunner with runToolsEagerly', () => {
  it('starts each call while the reply streams, as soon as the model moves on from it', async () => {
    const { client, emulator } = slowStreamingClient();
    emulator.script(
      {
        content: [
          { type: 'text', text: 'Checking.' },
          { type: 'tool_use', id: 'toolu_a', name: 'first', input: { city: 'Paris' } },
          { type: 'tool_use', id: 'toolu_b', name: 'second', input: { city: LONG_CITY } },
        ],
      },
      { content: [{ type: 'text', text: 'Done.' }] },
    );
    const log: string[] = [];
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 256,
      stream: true,
      runToolsEagerly: true,
      tools: [loggingTool('first', log), loggingTool('second', log)],
      messages: [{ role: 'user', content: 'Go' }],
    });
    let turn = 0;
    for await (const stream of runner) {
      turn += 1;
      if (turn === 1) logEvents(stream, log);
      await stream.finalMessage();
      if (turn === 1) log.push('reply complete');
    }
    // `first` starts when the next block starts (not at its own stop), long before `second` is complete.
    const firstAt = log.indexOf('start first');
    expect(log[firstAt - 1]).toBe('content_block_start:2');
    expect(firstAt).toBeLessThan(log.indexOf('content_block_stop:2'));
    // `second` starts when the reply stops with tool_use, before it is complete.
    const secondAt = log.indexOf('start second');
    expect(log.slice(secondAt - 1, secondAt + 1)).toEqual(['message_delta', 'start second']);
    expect(secondAt).toBeLessThan(log.indexOf('reply complete'));
    // Each ran once, and both results went back.
    expect(log.filter((entry) => entry.startsWith('start'))).toEqual(['start first', 'start second']);
    expect((emulator.requests[1]?.body as { messages: BetaMessageParam[] }).messages.at(-1)?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'toolu_a', content: 'first Paris' },
      { type: 'tool_result', tool_use_id: 'toolu_b', content: `second ${LONG_CITY}` },
    ]);
  });

  it('starts a call before the reply is complete over a real socket, events paced by the server', async () => {
    const { client, emulator } = await servedClient();
    try {
      emulator.script(
        {
          content: [
            { type: 'tool_use', id: 'toolu_a', name: 'first', input: { city: 'Paris' } },
            { type: 'text', text: 'While that runs, a few more words of explanation.' },
          ],
          stop_reason: 'tool_use',
        },
        { content: [{ type: 'text', text: 'Done.' }] },
      );
      emulator.fault({ match: '/v1/messages', delayBetweenEventsMs: 2 });
      const log: string[] = [];
      const runner = betaToolRunner(client, {
        model,
        max_tokens: 256,
        stream: true,
        runToolsEagerly: true,
        tools: [loggingTool('first', log)],
        messages: [{ role: 'user', content: 'Go' }],
      });
      for await (const stream of runner) {
        await stream.finalMessage();
        log.push('reply complete');
      }
      expect(log).toEqual(['start first', 'reply complete', 'reply complete']);
      expect(emulator.requests).toHaveLength(2);
    } finally {
      await emulator.close();
    }
  });

  it('holds a call deferred from a listener or a for-await loop until the reply is done, and lists it', async () => {
    const { client, emulator } = slowStreamingClient();
    const reply = {
      content: [
        { type: 'tool_use' as const, id: 'toolu_delete', name: 'delete_file', input: { city: 'a' } },
        { type: 'tool_use' as const, id: 'toolu_read', name: 'read_file', input: { city: 'b' } },
      ],
    };
    emulator.script(reply, { content: [{ type: 'text', text: 'OK.' }] }, reply, {
      content: [{ type: 'text', text: 'OK.' }],
    });
    for (const how of ['listener', 'loop'] as const) {
      const log: string[] = [];
      const runner = betaToolRunner(client, {
        model,
        max_tokens: 256,
        stream: true,
        runToolsEagerly: true,
        tools: [loggingTool('delete_file', log), loggingTool('read_file', log)],
        messages: [{ role: 'user', content: 'Clean up' }],
      });
      let held: string[] | undefined;
      let turn = 0;
      for await (const stream of runner) {
        turn += 1;
        if (turn > 1) continue;
        logEvents(stream, log);
        if (how === 'listener') {
          stream.on('contentBlock', (block) => {
            if (block.type === 'tool_use' && block.name === 'delete_file') runner.deferToolCall(block);
          });
        } else {
          for await (const event of stream) {
            const block = event.type === 'content_block_stop' ? stream.currentMessage?.content[event.index] : undefined;
            if (block?.type === 'tool_use' && block.name === 'delete_file') runner.deferToolCall(block.id);
          }
        }
        await stream.finalMessage();
        log.push('reply complete');
        held = runner.deferredToolCalls.map((toolUse) => toolUse.id);
      }
      expect(held).toEqual(['toolu_delete']);
      // `read_file` ran while streaming; the held `delete_file` only once the reply was done.
      expect(log.indexOf('start read_file')).toBeLessThan(log.indexOf('reply complete'));
      expect(log.indexOf('start delete_file')).toBeGreaterThan(log.indexOf('reply complete'));
      expect(log.filter((entry) => entry.startsWith('start')).sort()).toEqual(['start delete_file', 'start read_file']);
    }
    expect(emulator.requests).toHaveLength(4);
  });

  it('does not start the last call of a reply cut off by max_tokens while streaming (its input may be cut too)', async () => {
    const { client, emulator } = slowStreamingClient();
    emulator.script({
      content: [
        { type: 'tool_use', id: 'toolu_a', name: 'first', input: { city: 'Paris' } },
        { type: 'tool_use', id: 'toolu_b', name: 'second', input: { city: 'Oslo' } },
      ],
      stop_reason: 'max_tokens',
    });
    const log: string[] = [];
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 256,
      max_iterations: 1,
      stream: true,
      runToolsEagerly: true,
      tools: [loggingTool('first', log), loggingTool('second', log)],
      messages: [{ role: 'user', content: 'Go' }],
    });
    for await (const stream of runner) {
      await stream.finalMessage();
      log.push('reply complete');
    }
    expect(log).toEqual(['start first', 'reply complete']);
  });

  it('needs stream: true', () => {
    const { client } = slowStreamingClient();
    expect(() =>
      betaToolRunner(client, {
        model,
        max_tokens: 64,
        runToolsEagerly: true,
        tools: [],
        messages: [{ role: 'user', content: 'x' }],
      }),
    ).toThrow(
      new AnthropicError(
        "`runToolsEagerly: true` needs `stream: true` in the tool runner's params: a reply that isn't streamed arrives whole.",
      ),
    );
  });

  it('still reports a throwing tool as an is_error result', async () => {
    const { client, emulator } = slowStreamingClient();
    emulator.script(
      { content: [{ type: 'tool_use', id: 'toolu_boom', name: 'boom', input: {} }] },
      { content: [{ type: 'text', text: 'It failed.' }] },
    );
    const boom = betaTool({
      name: 'boom',
      inputSchema: { type: 'object' },
      run: () => {
        throw new Error('disk on fire');
      },
    });
    await betaToolRunner(client, {
      model,
      max_tokens: 64,
      stream: true,
      runToolsEagerly: true,
      tools: [boom],
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(
      (emulator.requests[1]?.body as { messages: BetaMessageParam[] }).messages.at(-1)
        ?.content as ToolResultBlockParam[],
    ).toEqual([{ type: 'tool_result', tool_use_id: 'toolu_boom', content: 'Error: disk on fire', is_error: true }]);
  });

  it('an abort while a tool runs ends the run with APIUserAbortError and starts no further tool', async () => {
    const { client, emulator } = slowStreamingClient();
    emulator.script(
      {
        content: [
          { type: 'tool_use', id: 'toolu_wait', name: 'wait', input: {} },
          { type: 'tool_use', id: 'toolu_never', name: 'never', input: { city: LONG_CITY } },
        ],
      },
      { content: [{ type: 'text', text: 'not sent' }] },
    );
    const controller = new AbortController();
    const started: string[] = [];
    let toolSignal: AbortSignal | undefined;
    const wait = betaTool({
      name: 'wait',
      inputSchema: { type: 'object' },
      run: (_input, { signal }) => {
        started.push('wait');
        toolSignal = signal;
        controller.abort();
        return new Promise<string>(() => {});
      },
    });
    const error = await betaToolRunner(
      client,
      {
        model,
        max_tokens: 64,
        stream: true,
        runToolsEagerly: true,
        tools: [wait, loggingTool('never', started)],
        messages: [{ role: 'user', content: 'x' }],
      },
      { signal: controller.signal },
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(started).toEqual(['wait']);
    expect(toolSignal?.aborted).toBe(true);
    expect(emulator.requests).toHaveLength(1);
  });
});
