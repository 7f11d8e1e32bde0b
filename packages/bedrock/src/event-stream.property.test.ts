// Property tests of Bedrock's binary event stream, through `AnthropicBedrock` with a `fetch` whose
// body arrives in arbitrary chunks (the public API and @anth/core/internal only, so they hold
// whatever the transport and streaming internals become): any chunking gives the same events and
// final message; a corrupted body ends in a typed error or a result, never a hang, an untyped error
// or an unhandled rejection.
import { AnthropicError } from '@anth/core';
import { encodeEventStreamFrame } from '@anth/emulator';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { chunking, chunksOf, readableOf } from '../../../test-support/properties/chunking.js';
import { corruptBytes, corruptEvents, corruptions } from '../../../test-support/properties/corruption.js';
import {
  boundedOutcome,
  collectBounded,
  HANG_BOUND_MS,
  settleRejections,
  untypedReason,
  watchUnhandledRejections,
} from '../../../test-support/properties/bounded-outcome.js';
import { messageScenario, type StreamEvent } from '../../../test-support/properties/message-scenario.js';
import { PROPERTY_TEST_TIMEOUT, propertySettings } from '../../../test-support/properties/property-settings.js';
import { AnthropicBedrock } from './index.js';
import { createMessageStream, isolateEnvironment, MODEL, streamMessage, TEST_KEYS } from './test-client.js';

const params = { model: MODEL, max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] };

/** The events as Bedrock frames them: one `chunk` frame per event, its JSON base64 in `bytes`. */
function toEventStream(events: readonly StreamEvent[]): Uint8Array {
  const frames = events.map((event) =>
    encodeEventStreamFrame({
      headers: { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' },
      payload: new TextEncoder().encode(
        JSON.stringify({ bytes: Buffer.from(JSON.stringify(event)).toString('base64'), p: 'abc' }),
      ),
    }),
  );
  return Uint8Array.from(frames.flatMap((frame) => [...frame]));
}

/** A Bedrock client whose every request is answered with `chunks` as an event stream body. */
function bedrockAnswering(chunks: () => Uint8Array[]): AnthropicBedrock {
  return new AnthropicBedrock({
    awsRegion: 'us-east-1',
    ...TEST_KEYS,
    maxRetries: 0,
    logLevel: 'off',
    fetch: async () =>
      new Response(readableOf(chunks()), { headers: { 'content-type': 'application/vnd.amazon.eventstream' } }),
  });
}

async function viaStream(client: AnthropicBedrock) {
  return collectBounded(() => createMessageStream(client, params));
}

async function viaMessageStream(client: AnthropicBedrock) {
  const stream = streamMessage(client, params);
  return boundedOutcome(
    async () => stream.finalMessage(),
    HANG_BOUND_MS,
    () => stream.abort(),
  );
}

const rejections = watchUnhandledRejections();
afterAll(() => rejections.stop());
beforeEach(isolateEnvironment);

describe('Bedrock event streams', () => {
  it(
    'any chunking of a valid event stream gives the same events and the same final message',
    async () => {
      await fc.assert(
        fc.asyncProperty(messageScenario, chunking, async ({ events, message }, how) => {
          const bytes = toEventStream(events);
          const client = bedrockAnswering(() => chunksOf(bytes, how));
          expect(await viaStream(client)).toEqual({ ok: true, value: events });
          // Every final message of a stream carries `parsed_output`: null without an output format.
          expect(await viaMessageStream(client)).toEqual({ ok: true, value: { ...message, parsed_output: null } });
        }),
        propertySettings(100),
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );

  it(
    'a corrupted event stream ends in a result or a typed error: no hang, no untyped error, no unhandled rejection',
    async () => {
      await fc.assert(
        fc.asyncProperty(messageScenario, corruptions, chunking, async ({ events }, changes, how) => {
          const bytes = corruptBytes(toEventStream(corruptEvents(events, changes)), changes);
          const client = bedrockAnswering(() => chunksOf(bytes, how));
          for (const read of [viaStream, viaMessageStream]) {
            const outcome = await read(client);
            if (!outcome.ok) expect(untypedReason(outcome.error, AnthropicError)).toBeUndefined();
          }
          await settleRejections();
          expect(rejections.take()).toEqual([]);
        }),
        propertySettings(200),
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );
});
