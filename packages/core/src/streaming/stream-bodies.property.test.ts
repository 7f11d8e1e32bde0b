// Property tests of the streamed bodies core reads itself (JSON Lines of events, as
// `Stream.toReadableStream()` writes them), through the public API only, so they hold whatever the
// streaming internals become: any chunking gives the same events and final message; any corruption
// ends in a typed error or a result, never a hang, an untyped error or an unhandled rejection.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { chunking, chunksOf, readableOf } from '../../../../test-support/properties/chunking.js';
import { corruptBytes, corruptEvents, corruptions } from '../../../../test-support/properties/corruption.js';
import {
  boundedOutcome,
  HANG_BOUND_MS,
  settleRejections,
  untypedReason,
  watchUnhandledRejections,
} from '../../../../test-support/properties/bounded-outcome.js';
import { messageScenario, type StreamEvent } from '../../../../test-support/properties/message-scenario.js';
import { PROPERTY_TEST_TIMEOUT, propertySettings } from '../../../../test-support/properties/property-settings.js';
import { lineEnd, toJSONL, utf8 } from '../../../../test-support/properties/wire-formats.js';
import { AnthropicError, MessageStream, Stream } from '../index.js';

type Message = { content: Array<{ type: string }>; usage: object } & Record<string, unknown>;

const rejections = watchUnhandledRejections();
afterAll(() => rejections.stop());

/** Every item of a `Stream`, bounded: a hang fails. */
async function readStream(body: ReadableStream<Uint8Array>) {
  const stream = Stream.fromReadableStream<StreamEvent>(body);
  return boundedOutcome(
    async () => {
      const items: StreamEvent[] = [];
      for await (const item of stream) items.push(item);
      return items;
    },
    HANG_BOUND_MS,
    () => stream.controller.abort(),
  );
}

/** The events, `text` deltas and final message of a `MessageStream`, bounded: a hang fails. */
async function readMessageStream(body: ReadableStream<Uint8Array>) {
  const stream = MessageStream.fromReadableStream<Message, StreamEvent>(body);
  const texts: string[] = [];
  stream.on('text', (text) => texts.push(text));
  return boundedOutcome(
    async () => {
      const events: StreamEvent[] = [];
      for await (const event of stream) events.push(event);
      return { events, texts, message: await stream.finalMessage() };
    },
    HANG_BOUND_MS,
    () => stream.abort(),
  );
}

describe('Stream.fromReadableStream and MessageStream.fromReadableStream (JSON Lines)', () => {
  it(
    'any chunking of a valid body gives the same events and the same final message',
    async () => {
      await fc.assert(
        fc.asyncProperty(messageScenario, lineEnd, chunking, async ({ events, message }, end, how) => {
          const bytes = utf8(toJSONL(events, end));
          const items = await readStream(readableOf(chunksOf(bytes, how)));
          expect(items).toEqual({ ok: true, value: events });

          const read = await readMessageStream(readableOf(chunksOf(bytes, how)));
          if (!read.ok) throw read.error;
          expect(read.value.events).toEqual(events);
          // Every final message of a stream carries `parsed_output`: null without an output format.
          expect(read.value.message).toEqual({ ...message, parsed_output: null });
          const texts = (message['content'] as Array<{ type: string; text?: string }>)
            .filter((block) => block.type === 'text')
            .map((block) => block.text)
            .join('');
          expect(read.value.texts.join('')).toBe(texts);
        }),
        propertySettings(150),
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );

  it(
    'a corrupted body ends in a result or a typed error: no hang, no untyped error, no unhandled rejection',
    async () => {
      await fc.assert(
        fc.asyncProperty(messageScenario, lineEnd, corruptions, chunking, async ({ events }, end, changes, how) => {
          const bytes = corruptBytes(utf8(toJSONL(corruptEvents(events, changes), end)), changes);
          for (const read of [readStream, readMessageStream]) {
            const outcome = await read(readableOf(chunksOf(bytes, how)));
            if (!outcome.ok) expect(untypedReason(outcome.error, AnthropicError)).toBeUndefined();
          }
          await settleRejections();
          expect(rejections.take()).toEqual([]);
        }),
        propertySettings(300),
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );
});

// Regressions the properties found (kept as plain cases, so they run whatever the seed).
describe('bodies the properties found', () => {
  it.each([
    ['a message_start whose `message` key was corrupted', '{"type":"message_start","mess{age":{"content":[]}}\n'],
    ['a message_start with a null message', '{"type":"message_start","message":null}\n'],
    ['a line that is JSON but not an event object', 'null\n'],
  ])('%s fails the MessageStream with an AnthropicError', async (_, body) => {
    const outcome = await readMessageStream(readableOf([utf8(body)]));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(untypedReason(outcome.error, AnthropicError)).toBeUndefined();
      expect((outcome.error as Error).message).toMatch(/^Malformed /);
    }
  });
});
