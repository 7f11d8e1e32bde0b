// Property tests of streamed replies over SSE, through a client whose `fetch` answers with a body
// that arrives in arbitrary chunks (the public API only, so they hold whatever the transport and
// streaming internals become): `createMessageStream` and `streamMessage` give the same events and
// final message under any chunking; a corrupted body ends in a typed error or a result, never a hang,
// an untyped error or an unhandled rejection.
import { Anthropic, AnthropicError, type Message, type RawMessageStreamEvent } from '@anth/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
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
import { messageScenario } from '../../../test-support/properties/message-scenario.js';
import { PROPERTY_TEST_TIMEOUT, propertySettings } from '../../../test-support/properties/property-settings.js';
import { lineEnd, toSSE, utf8 } from '../../../test-support/properties/wire-formats.js';
import { createMessageStream, streamMessage } from './index.js';

const params = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] };

/** A client whose every request is answered with `chunks` as an SSE body, one chunk per read. */
function clientAnswering(chunks: () => Uint8Array[]): Anthropic {
  return new Anthropic({
    apiKey: 'sk-ant-property',
    maxRetries: 0,
    fetch: async () => new Response(readableOf(chunks()), { headers: { 'content-type': 'text/event-stream' } }),
  });
}

async function viaCreateMessageStream(client: Anthropic) {
  return collectBounded(() => createMessageStream(client, params));
}

async function viaStreamMessage(client: Anthropic) {
  const stream = streamMessage(client, params);
  return boundedOutcome(
    async () => {
      const events: RawMessageStreamEvent[] = [];
      for await (const event of stream) events.push(event);
      return { events, message: await stream.finalMessage() };
    },
    HANG_BOUND_MS,
    () => stream.abort(),
  );
}

const rejections = watchUnhandledRejections();
afterAll(() => rejections.stop());

/** Where pings go: before the events at these fractions of the list. */
const pings = fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 3 });

describe('SSE replies through a client', () => {
  it(
    'any chunking of a valid body gives the same events and the same final message',
    async () => {
      await fc.assert(
        fc.asyncProperty(messageScenario, lineEnd, pings, chunking, async ({ events, message }, end, at, how) => {
          const bytes = utf8(
            toSSE(
              events,
              end,
              at.map((fraction) => Math.floor(fraction * events.length)),
            ),
          );
          const client = clientAnswering(() => chunksOf(bytes, how));
          expect(await viaCreateMessageStream(client)).toEqual({ ok: true, value: events });

          const streamed = await viaStreamMessage(client);
          if (!streamed.ok) throw streamed.error;
          expect(streamed.value.events).toEqual(events);
          expect(streamed.value.message).toMatchObject(message as Partial<Message>);
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
          const bytes = corruptBytes(utf8(toSSE(corruptEvents(events, changes), end, [0])), changes);
          const client = clientAnswering(() => chunksOf(bytes, how));
          for (const read of [viaCreateMessageStream, viaStreamMessage]) {
            const outcome = await read(client);
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
