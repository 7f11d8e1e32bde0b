import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { OverloadedError } from '../errors/status-errors.js';
import { ToolInputParseError } from '../errors/tool-input-parse-error.js';
import { linkAbort } from '../transport/link-abort.js';
import type { AccumulatableMessage } from './accumulate-message.js';
import { MessageStream, type StartMessageStream } from './message-stream.js';
import { parseSSEStream } from './parse-sse-stream.js';
import {
  collect,
  createProps,
  expectedItems,
  MESSAGE_EVENTS,
  readFixture,
  sseResponse,
  type BodyEnding,
} from './test-helpers.js';

type Block = { type: string } & Record<string, unknown>;
interface TestMessage extends AccumulatableMessage {
  id: string;
  role: 'assistant';
  content: Block[];
  usage: Record<string, unknown>;
}
type TestEvent = { type: string } & Record<string, unknown>;

interface Wire {
  start: StartMessageStream<TestEvent>;
  /** How often the fake transport released the attempt. */
  released: () => number;
  body: () => { readonly cancelled: boolean } | undefined;
}

/** A fake transport over the real SSE pipeline: links the stream's signal to the attempt, like the client. */
function wire(text: string, options: { ending?: BodyEnding; headers?: Record<string, string> } = {}): Wire {
  let released = 0;
  let body: { readonly cancelled: boolean } | undefined;
  return {
    start: async (signal) => {
      const built = sseResponse(text, options);
      body = built.body;
      const controller = new AbortController();
      const unlink = linkAbort(signal, controller);
      const { props } = createProps(built.response, { controller });
      props.release = () => {
        released++;
        unlink();
      };
      const data = await parseSSEStream<TestEvent>(props);
      return { data, response: built.response };
    },
    released: () => released,
    body: () => body,
  };
}

function streamOf(
  text: string,
  options: { ending?: BodyEnding; signal?: AbortSignal } = {},
): MessageStream<TestMessage, TestEvent> {
  return MessageStream.fromRequest<TestMessage, TestEvent>(wire(text, options).start, { signal: options.signal });
}

/** Records every emission, in order, by name. */
function record(stream: MessageStream<TestMessage, TestEvent>): string[] {
  const names = [
    'connect',
    'streamEvent',
    'text',
    'citation',
    'inputJson',
    'thinking',
    'signature',
    'compaction',
    'contentBlock',
    'message',
    'finalMessage',
    'error',
    'abort',
    'end',
  ] as const;
  const seen: string[] = [];
  for (const name of names) stream.on(name, () => void seen.push(name));
  return seen;
}

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Swaps the process's unhandled-rejection handlers for a recorder while `run` executes. */
async function unhandledRejections(run: () => Promise<void>): Promise<unknown[]> {
  const original = process.listeners('unhandledRejection');
  const reasons: unknown[] = [];
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', (reason) => void reasons.push(reason));
  try {
    await run();
    await tick(20);
  } finally {
    process.removeAllListeners('unhandledRejection');
    for (const listener of original) process.on('unhandledRejection', listener);
  }
  return reasons;
}

describe('MessageStream: events', () => {
  it('emits connect, streamEvent, text, contentBlock, message, finalMessage, end in order', async () => {
    const text = readFixture('text-reply.sse');
    const stream = streamOf(text);
    const seen = record(stream);
    const texts: Array<[string, string]> = [];
    const snapshots: unknown[] = [];
    stream.on('text', (delta, snapshot) => texts.push([delta, snapshot]));
    stream.on('streamEvent', (event, snapshot) => snapshots.push([event.type, structuredClone(snapshot).content]));
    const message = await stream.finalMessage();
    expect(seen).toEqual([
      'connect',
      'streamEvent',
      'streamEvent',
      'streamEvent',
      'text',
      'streamEvent',
      'text',
      'streamEvent',
      'text',
      'streamEvent',
      'contentBlock',
      'streamEvent',
      'streamEvent',
      'message',
      'finalMessage',
      'end',
    ]);
    expect(texts).toEqual([
      ['Bonjour, ', 'Bonjour, '],
      ['ça va ? 日本語 🎉', 'Bonjour, ça va ? 日本語 🎉'],
      [' — fin.', 'Bonjour, ça va ? 日本語 🎉 — fin.'],
    ]);
    expect(snapshots[0]).toEqual(['message_start', []]);
    expect(snapshots[3]).toEqual(['content_block_delta', [{ type: 'text', text: 'Bonjour, ça va ? 日本語 🎉' }]]);
    expect(message.content).toEqual([{ type: 'text', text: 'Bonjour, ça va ? 日本語 🎉 — fin.' }]);
    expect(stream.receivedMessages).toEqual([message]);
    expect(stream.messages).toEqual([message]);
    expect(stream.ended && !stream.errored && !stream.aborted).toBe(true);
    expect(stream.currentMessage).toBeUndefined();
    expect(await stream.finalText()).toBe('Bonjour, ça va ? 日本語 🎉 — fin.');
  });

  it('records the request messages first, then each message received', async () => {
    const user = { role: 'user', content: 'Bonjour' };
    const stream = MessageStream.fromRequest<TestMessage, TestEvent>(wire(readFixture('text-reply.sse')).start, {
      messages: [user],
    });
    const message = await stream.finalMessage();
    expect(stream.messages).toEqual([user, message]);
  });

  it('gives every completed message parsed_output: null, and each text block a hidden one, without a format', async () => {
    const stream = MessageStream.fromRequest<TestMessage, TestEvent>(wire(readFixture('text-reply.sse')).start);
    const message = await stream.finalMessage();
    expect(message).toHaveProperty('parsed_output', null);
    expect(message.content[0]).toHaveProperty('parsed_output', null);
    expect(Object.keys(message.content[0] as Block)).not.toContain('parsed_output');
    expect(JSON.stringify(message.content[0])).not.toContain('parsed_output');
  });

  it("parses each text block with the format's parse, given the message", async () => {
    const seen: Array<[string, unknown]> = [];
    const stream = MessageStream.fromRequest<TestMessage, TestEvent>(wire(readFixture('text-reply.sse')).start, {
      outputFormat: {
        parse: (text, reply) => {
          seen.push([text, reply.stop_reason]);
          return text.toUpperCase();
        },
      },
    });
    const messages: TestMessage[] = [];
    stream.on('message', (message) => messages.push(message));
    const message = await stream.finalMessage();
    expect(seen).toEqual([['Bonjour, ça va ? 日本語 🎉 — fin.', 'end_turn']]);
    expect(message).toHaveProperty('parsed_output', 'BONJOUR, ÇA VA ? 日本語 🎉 — FIN.');
    expect(message.content[0]).toHaveProperty('parsed_output', 'BONJOUR, ÇA VA ? 日本語 🎉 — FIN.');
    expect(messages).toEqual([message]);
  });

  it('fails the stream when the format cannot parse the text', async () => {
    const failure = new AnthropicError('Failed to parse structured output: nope');
    const stream = MessageStream.fromRequest<TestMessage, TestEvent>(wire(readFixture('text-reply.sse')).start, {
      outputFormat: {
        parse: () => {
          throw failure;
        },
      },
    });
    const errors: AnthropicError[] = [];
    stream.on('error', (error) => errors.push(error));
    await expect(stream.finalMessage()).rejects.toBe(failure);
    expect(errors).toEqual([failure]);
    expect(stream.receivedMessages).toEqual([]);
  });

  it('emits inputJson with the partial parse, only computing it for listeners', async () => {
    const stream = streamOf(readFixture('tool-use.sse'));
    const jsons: Array<[string, unknown]> = [];
    const blocks: Block[] = [];
    stream.on('inputJson', (partial, snapshot) => jsons.push([partial, structuredClone(snapshot)]));
    stream.on('contentBlock', (block) => blocks.push(block));
    const message = await stream.finalMessage();
    expect(jsons).toEqual([
      ['', {}],
      ['{"location":', {}],
      [' "San Fra', {}],
      ['ncisco, CA", "unit": "fah', { location: 'San Francisco, CA' }],
      ['renheit", "days": 1', { location: 'San Francisco, CA', unit: 'fahrenheit', days: 1 }],
      [
        '0, "note": "caf\\u00e9 \\ud83d\\ude00"}',
        { location: 'San Francisco, CA', unit: 'fahrenheit', days: 10, note: 'café 😀' },
      ],
    ]);
    expect(blocks.map((block) => block.type)).toEqual(['text', 'tool_use']);
    expect(message.content[1]?.['input']).toEqual({
      location: 'San Francisco, CA',
      unit: 'fahrenheit',
      days: 10,
      note: 'café 😀',
    });
    expect(await stream.finalText()).toBe('Let me check the weather.');
  });

  it('does not read the tool input when nobody listens for inputJson', async () => {
    const stream = streamOf(readFixture('tool-use.sse'));
    let reads = 0;
    let spied = false;
    stream.on('streamEvent', (event, snapshot) => {
      if (event.type !== 'content_block_start') return;
      const block = snapshot.content[event['index'] as number]!;
      if (block.type !== 'tool_use') return;
      // Count reads of `input` through a spy on the first delta's getter.
      stream.once('streamEvent', () => {
        const descriptor = Object.getOwnPropertyDescriptor(block, 'input');
        if (descriptor?.get) {
          const get = descriptor.get;
          spied = true;
          Object.defineProperty(block, 'input', {
            ...descriptor,
            get: function (this: unknown) {
              reads++;
              return get.call(this);
            },
          });
        }
      });
    });
    await stream.done();
    expect(spied).toBe(true);
    expect(reads).toBe(0);
  });

  it('emits thinking and signature', async () => {
    const stream = streamOf(readFixture('thinking.sse'));
    const thinking: Array<[string, string]> = [];
    const signatures: string[] = [];
    stream.on('thinking', (delta, snapshot) => thinking.push([delta, snapshot]));
    stream.on('signature', (signature) => signatures.push(signature));
    await stream.done();
    expect(thinking).toEqual([
      [
        'Let me solve this step by step:\n\n1. First break down 27 * 453',
        'Let me solve this step by step:\n\n1. First break down 27 * 453',
      ],
      [
        '\n2. 453 = 400 + 50 + 3',
        'Let me solve this step by step:\n\n1. First break down 27 * 453\n2. 453 = 400 + 50 + 3',
      ],
    ]);
    expect(signatures).toEqual(['EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds']);
    expect(await stream.finalText()).toBe('27 * 453 = 12,231');
  });

  it('emits citations with the snapshot so far, and joins text blocks with one space', async () => {
    const stream = streamOf(readFixture('citations.sse'));
    const citations: Array<[string, number]> = [];
    stream.on('citation', (citation, snapshot) =>
      citations.push([(citation as { cited_text: string }).cited_text, snapshot.length]),
    );
    expect(await stream.finalText()).toBe('According to the document,  the grass is green');
    expect(citations).toEqual([
      ['The grass is green. ', 1],
      ['The sky is blue.', 2],
    ]);
  });

  it('emits compaction with the compacted content so far', async () => {
    const text = [
      'event: message_start\ndata: {"type":"message_start","message":{"id":"m","type":"message","role":"assistant","model":"x","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n',
      'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"compaction","content":null}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"compaction_delta","content":"Part one.","encrypted_content":null}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"compaction_delta","content":null,"encrypted_content":"enc"}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"compaction_delta","content":" Part two.","encrypted_content":null}}\n\n',
      'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n',
      'event: message_stop\ndata: {"type":"message_stop"}\n\n',
    ].join('');
    const stream = streamOf(text);
    const compactions: string[] = [];
    stream.on('compaction', (content) => compactions.push(content));
    const message = await stream.finalMessage();
    expect(compactions).toEqual(['Part one.', 'Part one. Part two.']);
    expect(message.content[0]).toEqual({
      type: 'compaction',
      content: 'Part one. Part two.',
      encrypted_content: 'enc',
    });
  });

  it('ignores unknown events and deltas', async () => {
    const stream = streamOf(readFixture('unknown-events.sse'));
    expect(await stream.finalText()).toBe('ok');
  });

  it('exposes the response, request_id and workspace_id, and withResponse()', async () => {
    const stream = MessageStream.fromRequest<TestMessage, TestEvent>(
      wire(readFixture('text-reply.sse'), { headers: { 'anthropic-workspace-id': 'wrk_1' } }).start,
    );
    const { data, response, request_id, workspace_id } = await stream.withResponse();
    expect(data).toBe(stream);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(request_id).toBe('req_test_123');
    expect(workspace_id).toBe('wrk_1');
    expect(stream.request_id).toBe('req_test_123');
    expect(stream.response).toBe(response);
    await stream.done();
  });

  it('emitted() resolves with the argument, and rejects on failure or on an end without it', async () => {
    const stream = streamOf(readFixture('text-reply.sse'));
    const message = stream.emitted('message');
    const text = stream.emitted('text');
    const never = expect(stream.emitted('signature')).rejects.toThrow('The stream ended without emitting "signature".');
    const connect = stream.emitted('connect');
    expect((await message).id).toBe('msg_01XFDUDYJgAACzvnptvVoYEL');
    // Several arguments resolve as the tuple, as the type says.
    expect(await text).toEqual(['Bonjour, ', 'Bonjour, ']);
    await expect(connect).resolves.toBeUndefined();
    await never;
    await expect(stream.emitted('end')).rejects.toBeInstanceOf(AnthropicError);

    const failing = streamOf(readFixture('error-mid-stream.sse'));
    const failed = expect(failing.emitted('finalMessage')).rejects.toBeInstanceOf(OverloadedError);
    const error = failing.emitted('error');
    await failed;
    expect(await error).toBeInstanceOf(OverloadedError);
  });

  it('rejects finalMessage when no message completed, and fails when nothing was sent', async () => {
    const text = readFixture('text-reply.sse');
    const truncated = streamOf(text.slice(0, text.indexOf('event: message_delta')));
    await expect(truncated.finalMessage()).rejects.toThrow(
      new AnthropicError('stream ended without producing a Message with role=assistant'),
    );
    expect(truncated.errored).toBe(false);

    const empty = streamOf('event: ping\ndata: {}\n\n');
    await expect(empty.done()).rejects.toThrow(new AnthropicError('request ended without sending any chunks'));

    const noText = streamOf(readFixture('tool-use.sse').replace('"text","text":""', '"redacted_thinking","data":""'));
    await expect(noText.finalText()).rejects.toThrow(
      new AnthropicError('stream ended without producing a content block with type=text'),
    );
  });

  it('exposes the message being built as currentMessage', async () => {
    const stream = streamOf(readFixture('text-reply.sse'));
    const seen: string[] = [];
    stream.on('text', () => seen.push((stream.currentMessage?.content[0]?.['text'] as string) ?? ''));
    await stream.done();
    expect(seen.at(-1)).toBe('Bonjour, ça va ? 日本語 🎉 — fin.');
  });
});

describe('MessageStream: failures', () => {
  it('an error event: error, then end once; promises reject; nothing after end', async () => {
    const stream = streamOf(readFixture('error-mid-stream.sse'));
    const seen = record(stream);
    const errors: unknown[] = [];
    stream.on('error', (error) => errors.push(error));
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(OverloadedError);
    await expect(stream.done()).rejects.toBeInstanceOf(OverloadedError);
    await tick(10);
    expect(seen.slice(-2)).toEqual(['error', 'end']);
    expect(seen.filter((name) => name === 'end')).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(OverloadedError);
    expect((errors[0] as OverloadedError).message).toBe('Overloaded');
    expect((errors[0] as OverloadedError).requestID).toBe('req_test_123');
    expect(stream.errored && stream.ended && !stream.aborted).toBe(true);
  });

  it('a tool input that is not JSON fails the stream through the error path', async () => {
    const text = readFixture('tool-use.sse').replace(
      '"partial_json":"renheit\\", \\"days\\": 1"',
      '"partial_json":"renheit\\", \\"days\\": oops"',
    );
    const stream = streamOf(text);
    const seen = record(stream);
    const failure = await stream.finalMessage().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ToolInputParseError);
    expect(failure).toBeInstanceOf(AnthropicError);
    expect(failure).toMatchObject({ toolName: 'get_weather', toolUseId: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6' });
    expect((failure as ToolInputParseError).rawInput).toMatch(
      /^\{"location": "San Francisco, CA", "unit": "fahrenheit", "days": oops0/,
    );
    expect((failure as Error).message).toMatch(
      /^Unable to parse tool parameter JSON from model\. .* JSON: \{"location": "San Francisco, CA", "unit": "fahrenheit", "days": oops0/,
    );
    expect(seen.slice(-2)).toEqual(['error', 'end']);
  });

  it('a throwing listener fails the stream', async () => {
    const stream = streamOf(readFixture('text-reply.sse'));
    const bug = new TypeError('listener bug');
    stream.on('text', () => {
      throw bug;
    });
    const failure = await stream.done().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnthropicError);
    expect((failure as Error).message).toBe('listener bug');
    expect((failure as Error).cause).toBe(bug);
  });

  it('abort(): abort with APIUserAbortError, then end once; promises reject; the request is cut', async () => {
    const request = wire(readFixture('text-reply.sse'), { ending: 'stall' });
    const stream = MessageStream.fromRequest<TestMessage, TestEvent>(request.start);
    const seen = record(stream);
    const aborts: unknown[] = [];
    stream.on('abort', (error) => aborts.push(error));
    stream.once('text', () => stream.abort());
    await expect(stream.done()).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(stream.finalText()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(aborts).toHaveLength(1);
    expect(aborts[0]).toBeInstanceOf(APIUserAbortError);
    expect(seen.slice(-2)).toEqual(['abort', 'end']);
    expect(seen.filter((name) => name === 'end')).toHaveLength(1);
    expect(seen).not.toContain('error');
    expect(stream.aborted && stream.errored && stream.ended).toBe(true);
    expect(request.body()?.cancelled).toBe(true);
    expect(request.released()).toBe(1);
    stream.abort();
    await tick();
    expect(seen.filter((name) => name === 'end')).toHaveLength(1);
  });

  it("the caller's signal aborts the stream, before or during the request", async () => {
    const controller = new AbortController();
    const stream = streamOf(readFixture('text-reply.sse'), { ending: 'stall', signal: controller.signal });
    stream.once('text', () => controller.abort());
    await expect(stream.done()).rejects.toBeInstanceOf(APIUserAbortError);

    const early = streamOf(readFixture('text-reply.sse'), { signal: AbortSignal.abort() });
    const seen = record(early);
    await expect(early.done()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual(['abort', 'end']);
  });

  it('does not leave listeners on a long-lived signal', async () => {
    const controller = new AbortController();
    const { signal } = controller;
    for (let index = 0; index < 5; index++) await streamOf(readFixture('ping-everywhere.sse'), { signal }).done();
    const failing = streamOf(readFixture('error-mid-stream.sse'), { signal });
    await failing.done().catch(() => {});
    const broken = streamOf(readFixture('text-reply.sse'), { signal, ending: 'stall' });
    for await (const event of broken) if (event.type === 'content_block_delta') break;
    await broken.done().catch(() => {});
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('raises an unhandled rejection only when nobody listens for the failure', async () => {
    const unheard = await unhandledRejections(async () => {
      streamOf(readFixture('error-mid-stream.sse'));
      await tick(30);
    });
    expect(unheard).toHaveLength(1);
    expect(unheard[0]).toBeInstanceOf(OverloadedError);

    const handled = await unhandledRejections(async () => {
      streamOf(readFixture('error-mid-stream.sse')).on('error', () => {});
      void streamOf(readFixture('error-mid-stream.sse'))
        .done()
        .catch(() => {});
      const aborted = streamOf(readFixture('text-reply.sse'), { ending: 'stall' });
      aborted.on('abort', () => {});
      aborted.once('text', () => aborted.abort());
      const broken = streamOf(readFixture('text-reply.sse'), { ending: 'stall' });
      for await (const event of broken) if (event.type === 'content_block_delta') break;
      await tick(30);
    });
    expect(handled).toEqual([]);
  });
});

describe('MessageStream: iteration', () => {
  it('yields every raw event', async () => {
    const text = readFixture('tool-use.sse');
    const stream = streamOf(text);
    expect(await collect(stream)).toEqual(expectedItems(text, MESSAGE_EVENTS));
    expect(stream.ended).toBe(true);
  });

  it('keeps values and a failure that arrive while the consumer is busy', async () => {
    const stream = streamOf(readFixture('error-mid-stream.sse'));
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const event of stream) {
        seen.push(event.type);
        await tick(5);
      }
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['message_start', 'content_block_start', 'content_block_delta']);
    expect(failure).toBeInstanceOf(OverloadedError);
  });

  it('breaking out aborts the request', async () => {
    const request = wire(readFixture('text-reply.sse'), { ending: 'stall' });
    const stream = MessageStream.fromRequest<TestMessage, TestEvent>(request.start);
    for await (const event of stream) if (event.type === 'content_block_start') break;
    await expect(stream.done()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(stream.aborted).toBe(true);
    expect(request.body()?.cancelled).toBe(true);
    expect(request.released()).toBe(1);
  });

  it('textStream yields the text deltas, for several consumers', async () => {
    const stream = streamOf(readFixture('text-reply.sse'));
    const [first, second] = await Promise.all([collect(stream.textStream), collect(stream.textStream)]);
    expect(first).toEqual(['Bonjour, ', 'ça va ? 日本語 🎉', ' — fin.']);
    expect(second).toEqual(first);
  });

  it('an iteration started after the end ends at once, or fails with the stream error', async () => {
    const finished = streamOf(readFixture('ping-everywhere.sse'));
    await finished.done();
    expect(await collect(finished)).toEqual([]);
    expect(await collect(finished.textStream)).toEqual([]);
    const failed = streamOf(readFixture('error-mid-stream.sse'));
    await failed.done().catch(() => {});
    await expect(collect(failed)).rejects.toBeInstanceOf(OverloadedError);
  });

  it('textStream rejects with the stream error', async () => {
    const stream = streamOf(readFixture('error-mid-stream.sse'));
    await expect(collect(stream.textStream)).rejects.toBeInstanceOf(OverloadedError);
  });

  it('round-trips through toReadableStream and fromReadableStream', async () => {
    const source = streamOf(readFixture('thinking.sse'));
    const readable = source.toReadableStream();
    const rebuilt = MessageStream.fromReadableStream<TestMessage, TestEvent>(readable);
    const seen = record(rebuilt);
    const message = await rebuilt.finalMessage();
    expect(message).toEqual(await source.finalMessage());
    expect(seen[0]).toBe('connect');
    expect(seen.slice(-3)).toEqual(['message', 'finalMessage', 'end']);
    expect(rebuilt.response).toBeNull();
    await expect(rebuilt.withResponse()).rejects.toThrow('Could not resolve a `Response` object');
  });
});

describe('MessageStream: listeners', () => {
  let stream: MessageStream<TestMessage, TestEvent>;
  beforeEach(() => {
    stream = streamOf(readFixture('text-reply.sse'));
  });
  afterEach(async () => {
    await stream.done();
  });

  it('once() fires once, off() removes one registration, registration during emit is safe', async () => {
    const calls: string[] = [];
    const twice = (): void => void calls.push('twice');
    const removed = (): void => void calls.push('removed');
    stream
      .on('text', twice)
      .on('text', twice)
      .once('text', () => calls.push('once'))
      .on('text', removed)
      .off('text', removed)
      .off('text', twice);
    stream.once('text', () => {
      stream.off('text', twice);
      stream.on('end', () => calls.push('end'));
    });
    await stream.done();
    expect(calls).toEqual(['twice', 'once', 'end']);
  });
});
