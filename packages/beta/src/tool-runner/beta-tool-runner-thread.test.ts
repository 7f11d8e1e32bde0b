import { Anthropic, AnthropicError, NotFoundError, type ClientOptions, type Logger } from '@anth/core';
import type { Emulator } from '@anth/emulator';
import { describe, expect, it } from 'vitest';
import { emulatedClientOptions } from '../../../../test-support/emulated-client.js';
import { emulatedClient, servedClient } from '../test-client.js';
import { betaTool } from '../tools/beta-tool.js';
import type { BetaMessage, BetaMessageContentParam, BetaMessageParam } from '../types/index.js';
import { betaToolRunner } from './create-beta-tool-runner.js';

const model = 'claude-sonnet-4-5';
const THREADS_BETA = 'message-threads-2026-08-12';
const weather = betaTool({
  name: 'get_weather',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  run: ({ city }) => `18°C in ${city}`,
});
const weatherDefinition = {
  type: 'custom',
  name: 'get_weather',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};
const question: BetaMessageParam = {
  role: 'user',
  content: [{ type: 'text', text: 'Weather in Paris and Oslo?', cache_control: { type: 'ephemeral' } }],
};

function scriptTwoToolTurns(emulator: Emulator): void {
  emulator.script(
    { content: [{ type: 'tool_use', id: 'toolu_paris', name: 'get_weather', input: { city: 'Paris' } }] },
    { content: [{ type: 'tool_use', id: 'toolu_oslo', name: 'get_weather', input: { city: 'Oslo' } }] },
    { content: [{ type: 'text', text: 'Paris 18°C, Oslo 18°C.' }] },
  );
}

const bodies = (emulator: Emulator): Array<Record<string, unknown>> =>
  emulator.requests.map((request) => request.body as Record<string, unknown>);
const betaHeaders = (emulator: Emulator): Array<string | null> =>
  emulator.requests.map((request) => request.headers.get('anthropic-beta'));
const result = (id: string, city: string): BetaMessageParam => ({
  role: 'user',
  content: [{ type: 'tool_result', tool_use_id: id, content: `18°C in ${city}` }],
});

describe('BetaToolRunner with thread: true', () => {
  it('creates a thread with the whole conversation, then continues it with only the new messages, without system and tools', async () => {
    const { client, emulator } = emulatedClient();
    scriptTwoToolTurns(emulator);
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 256,
      system: 'Be brief.',
      thread: true,
      tools: [weather],
      messages: [question],
    });
    const replies: BetaMessage[] = [];
    for await (const message of runner) replies.push(message);
    const [first, second, final] = replies as [BetaMessage, BetaMessage, BetaMessage];
    expect(bodies(emulator)).toEqual([
      {
        model,
        max_tokens: 256,
        system: 'Be brief.',
        messages: [question],
        tools: [weatherDefinition],
        thread: { type: 'create' },
        stream: false,
      },
      {
        model,
        max_tokens: 256,
        messages: [result('toolu_paris', 'Paris')],
        thread: { type: 'continue', previous_message_id: first.id },
        stream: false,
      },
      {
        model,
        max_tokens: 256,
        messages: [result('toolu_oslo', 'Oslo')],
        thread: { type: 'continue', previous_message_id: second.id },
        stream: false,
      },
    ]);
    expect(betaHeaders(emulator)).toEqual([THREADS_BETA, THREADS_BETA, THREADS_BETA]);
    // The server's thread and the runner's history are the same conversation.
    expect(emulator.threads.conversation(final.id)?.messages).toEqual(
      JSON.parse(JSON.stringify(runner.params.messages)),
    );
    expect(emulator.threads.conversation(final.id)).toMatchObject({ system: 'Be brief.', tools: [weatherDefinition] });
  });

  it('streams threaded turns the same way, keeping the caller’s betas', async () => {
    const { client, emulator } = emulatedClient();
    scriptTwoToolTurns(emulator);
    const final = await betaToolRunner(client, {
      model,
      max_tokens: 256,
      stream: true,
      thread: true,
      betas: ['context-management-2025-06-27'],
      tools: [weather],
      messages: [question],
    });
    expect(final.content).toEqual([{ type: 'text', text: 'Paris 18°C, Oslo 18°C.', citations: null }]);
    expect(bodies(emulator).map((body) => body['thread'])).toEqual([
      { type: 'create' },
      { type: 'continue', previous_message_id: expect.stringMatching(/^msg_/) },
      { type: 'continue', previous_message_id: expect.stringMatching(/^msg_/) },
    ]);
    expect(bodies(emulator)[2]).toEqual({
      model,
      max_tokens: 256,
      messages: [result('toolu_oslo', 'Oslo')],
      thread: { type: 'continue', previous_message_id: expect.any(String) },
      stream: true,
    });
    expect(betaHeaders(emulator)).toEqual(Array(3).fill(`context-management-2025-06-27,${THREADS_BETA}`));
  });

  it.each([
    [404, 'thread_not_found'],
    [400, 'thread_already_continued'],
    [400, 'thread_continue_in_flight'],
  ])(
    'on %i %s, replays the whole history under a new thread, answered messages without cache_control',
    async (status, errorCode) => {
      const { client, emulator } = emulatedClient();
      scriptTwoToolTurns(emulator);
      const runner = betaToolRunner(client, {
        model,
        max_tokens: 256,
        thread: true,
        tools: [weather],
        messages: [question],
      });
      let turn = 0;
      for await (const _message of runner) {
        turn += 1;
        if (turn === 1) emulator.fault({ match: '/v1/messages', status, errorCode });
      }
      const sent = bodies(emulator);
      expect(sent).toHaveLength(4);
      expect(sent[1]?.['thread']).toEqual({ type: 'continue', previous_message_id: expect.any(String) });
      // The question was answered: replayed, it loses its cache_control.
      const questionText = { type: 'text', text: 'Weather in Paris and Oslo?' };
      expect(sent[2]).toEqual({
        model,
        max_tokens: 256,
        messages: [
          { role: 'user', content: [questionText] },
          runner.params.messages[1],
          result('toolu_paris', 'Paris'),
        ].map((message) => JSON.parse(JSON.stringify(message))),
        tools: [weatherDefinition],
        thread: { type: 'create' },
        stream: false,
      });
      // The new thread is continued as usual.
      expect(sent[3]?.['thread']).toEqual({ type: 'continue', previous_message_id: expect.stringMatching(/^msg_/) });
      expect(sent[3]?.['messages']).toEqual([result('toolu_oslo', 'Oslo')]);
    },
  );

  it('replays inside the one stream it yielded, over a real socket', async () => {
    const { client, emulator } = await servedClient();
    try {
      scriptTwoToolTurns(emulator);
      const runner = betaToolRunner(client, {
        model,
        max_tokens: 256,
        stream: true,
        thread: true,
        tools: [weather],
        messages: [question],
      });
      const texts: string[] = [];
      let turn = 0;
      for await (const stream of runner) {
        turn += 1;
        texts.push(String((await stream.finalMessage()).stop_reason));
        // The continue that follows finds its thread gone.
        if (turn === 1) emulator.fault({ match: '/v1/messages', status: 404, errorCode: 'thread_not_found' });
      }
      expect(texts).toEqual(['tool_use', 'tool_use', 'end_turn']);
      expect(bodies(emulator).map((body) => (body['thread'] as { type: string }).type)).toEqual([
        'create',
        'continue',
        'create',
        'continue',
      ]);
    } finally {
      await emulator.close();
    }
  });

  it('continues without a thread after thread_unsupported_request, for this turn and every later one', async () => {
    const { emulator } = emulatedClient();
    scriptTwoToolTurns(emulator);
    emulator.fault({
      match: '/v1/messages',
      status: 400,
      errorCode: 'thread_unsupported_request',
      details: { unsupported: ['fallbacks'] },
    });
    const logged: string[] = [];
    const logger: Logger = {
      debug: () => {},
      info: (message) => logged.push(message),
      warn: () => {},
      error: () => {},
    };
    const threaded = new Anthropic({ ...emulatedClientOptions(emulator), logger, logLevel: 'info' });
    await betaToolRunner(threaded, { model, max_tokens: 256, thread: true, tools: [weather], messages: [question] });
    const sent = bodies(emulator);
    expect(sent.map((body) => body['thread'])).toEqual([{ type: 'create' }, undefined, undefined, undefined]);
    expect(betaHeaders(emulator)).toEqual([THREADS_BETA, null, null, null]);
    expect((sent[3]?.['messages'] as unknown[]).length).toBe(5);
    expect(logged).toContain(
      'The server cannot thread this request; continuing without a thread (unsupported=fallbacks)',
    );
  });

  it('stops threading when the server loses the thread again right after a replay', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } }] },
      { content: [{ type: 'tool_use', id: 'toolu_2', name: 'get_weather', input: { city: 'Oslo' } }] },
      { content: [{ type: 'tool_use', id: 'toolu_3', name: 'get_weather', input: { city: 'Rome' } }] },
      { content: [{ type: 'text', text: 'Done.' }] },
    );
    let turn = 0;
    for await (const _message of betaToolRunner(client, {
      model,
      max_tokens: 256,
      thread: true,
      tools: [weather],
      messages: [question],
    })) {
      turn += 1;
      if (turn <= 2) emulator.fault({ match: '/v1/messages', status: 404, errorCode: 'thread_not_found' });
    }
    expect(bodies(emulator).map((body) => (body['thread'] as { type?: string } | undefined)?.type ?? 'none')).toEqual([
      'create',
      'continue', // lost: replayed
      'create',
      'continue', // lost again right after the replay: no more threads
      'none',
      'none',
    ]);
  });

  it('starts a new thread when the caller rewrites the history or changes the system prompt', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      { content: [{ type: 'text', text: 'One.' }] },
      { content: [{ type: 'text', text: 'Two.' }] },
      { content: [{ type: 'text', text: 'Three.' }] },
      { content: [{ type: 'text', text: 'Four.' }] },
    );
    const runner = betaToolRunner(client, {
      model,
      max_tokens: 64,
      thread: true,
      tools: [],
      messages: [{ role: 'user', content: 'A' }],
    });
    let turn = 0;
    for await (const message of runner) {
      turn += 1;
      // The reply is not in `params.messages` during the loop body: this history drops it.
      if (turn === 1) runner.pushMessages({ role: 'user', content: 'B' });
      if (turn === 2)
        runner.pushMessages(
          { role: 'assistant', content: message.content as BetaMessageContentParam },
          { role: 'user', content: 'C' },
        );
      if (turn === 3)
        runner.setMessagesParams((params) => ({
          ...params,
          system: 'New rules.',
          messages: [
            ...params.messages,
            { role: 'assistant', content: message.content as BetaMessageContentParam },
            { role: 'user', content: 'D' },
          ],
        }));
    }
    expect(
      bodies(emulator).map((body) => [
        (body['thread'] as { type: string }).type,
        (body['messages'] as unknown[]).length,
      ]),
    ).toEqual([
      ['create', 1],
      ['create', 2], // [A, B] does not extend what the server holds, [A, One.]
      ['continue', 1], // [A, B, Two., C] extends [A, B, Two.]: only C goes out
      ['create', 6], // the system prompt changed
    ]);
    expect(bodies(emulator)[2]?.['messages']).toEqual([{ role: 'user', content: 'C' }]);
    expect(bodies(emulator)[3]?.['system']).toBe('New rules.');
  });

  it('never threads on a cloud client (one that sends elsewhere), and says so', async () => {
    const { emulator } = emulatedClient();
    // A client with a backend, as the cloud clients are: the emulator stands in for the cloud service.
    class CloudLikeClient extends Anthropic {
      constructor(options: ClientOptions) {
        super(options, {
          backend: {
            name: 'CloudLike',
            version: '1.0.0',
            serves: () => true,
            served: 'everything',
            // A cloud authenticates inside its send step: here with the emulator's key.
            send: (request, context) => {
              const headers = new Headers(request.headers);
              headers.set('authorization', `Bearer ${emulatedClientOptions(emulator).apiKey}`);
              return context.fetch(new Request(request, { headers }));
            },
          },
          baseURL: 'http://emulator.test',
          credentialOptions: [],
          authDescription: 'none',
        });
      }
    }
    const warnings: string[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: (message) => warnings.push(message),
      error: () => {},
    };
    const cloud = new CloudLikeClient({ ...emulatedClientOptions(emulator), logger });
    scriptTwoToolTurns(emulator);
    await betaToolRunner(cloud, { model, max_tokens: 256, thread: true, tools: [weather], messages: [question] });
    expect(bodies(emulator).map((body) => body['thread'])).toEqual([undefined, undefined, undefined]);
    expect(bodies(emulator).map((body) => (body['messages'] as unknown[]).length)).toEqual([1, 3, 5]);
    expect(betaHeaders(emulator)).toEqual([null, null, null]);
    expect(warnings).toEqual([
      'thread: true is ignored: this client sends to a cloud backend, which serves no message threads; the runner sends the whole history every turn.',
    ]);
  });

  it('refuses any other thread value before sending, and surfaces other errors as they are', async () => {
    const { client, emulator } = emulatedClient();
    for (const thread of ['yes', 1, null, { type: 'create' }]) {
      expect(() =>
        betaToolRunner(client, {
          model,
          max_tokens: 64,
          thread: thread as unknown as boolean,
          tools: [],
          messages: [question],
        }),
      ).toThrow(new AnthropicError(`thread must be true or false; got ${JSON.stringify(thread)}`));
    }
    expect(emulator.requests).toHaveLength(0);
    emulator.fault({ match: '/v1/messages', status: 404, errorCode: 'thread_not_found' });
    // A create that fails is not a thread to replay: the error is the caller's.
    await expect(
      betaToolRunner(client, { model, max_tokens: 64, thread: true, tools: [], messages: [question] }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('continues a paused turn with no new messages', async () => {
    const { client, emulator } = emulatedClient();
    emulator.script(
      {
        content: [{ type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'news' } }],
        stop_reason: 'pause_turn',
      },
      { content: [{ type: 'text', text: 'Here is the news.' }] },
    );
    await betaToolRunner(client, {
      model,
      max_tokens: 64,
      thread: true,
      tools: [{ type: 'web_search_20250305', name: 'web_search' }],
      messages: [{ role: 'user', content: 'News?' }],
    });
    expect(bodies(emulator)[1]).toEqual({
      model,
      max_tokens: 64,
      messages: [],
      thread: { type: 'continue', previous_message_id: expect.stringMatching(/^msg_/) },
      stream: false,
    });
  });
});
