// Property tests of batch results (JSON Lines), through `new Batches(client).results(id)` with a
// `fetch` whose results body arrives in arbitrary chunks (the public API only, so they hold whatever
// the transport and streaming internals become): any chunking gives the same results; a corrupted
// body ends in a typed error or a result, never a hang, an untyped error or an unhandled rejection.
import { Anthropic, AnthropicError, type MessageBatchIndividualResponse } from '@anth/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { chunking, chunksOf, readableOf } from '../../../test-support/properties/chunking.js';
import { corruptBytes, corruptEvents, corruptions } from '../../../test-support/properties/corruption.js';
import {
  collectBounded,
  settleRejections,
  untypedReason,
  watchUnhandledRejections,
} from '../../../test-support/properties/bounded-outcome.js';
import { PROPERTY_TEST_TIMEOUT, propertySettings } from '../../../test-support/properties/property-settings.js';
import { lineEnd, toJSONL, utf8 } from '../../../test-support/properties/wire-formats.js';
import { Batches } from './index.js';

const BATCH_ID = 'msgbatch_property';
const RESULTS_URL = `https://api.anthropic.com/v1/messages/batches/${BATCH_ID}/results`;

const text = fc.string({ unit: 'binary', maxLength: 40 });

/** One line of a results file: each of the four result types. */
const resultLine: fc.Arbitrary<MessageBatchIndividualResponse> = fc
  .record({
    custom_id: fc.stringMatching(/^[a-zA-Z0-9_-]{1,64}$/),
    result: fc.oneof(
      fc.record({
        type: fc.constant('succeeded' as const),
        message: fc.record({
          id: fc.constant('msg_1'),
          type: fc.constant('message' as const),
          role: fc.constant('assistant' as const),
          model: fc.constant('claude-sonnet-4-5'),
          content: fc.array(fc.record({ type: fc.constant('text' as const), text }), { maxLength: 3 }),
          stop_reason: fc.constant('end_turn' as const),
          stop_sequence: fc.constant(null),
          usage: fc.record({ input_tokens: fc.nat(), output_tokens: fc.nat() }),
        }),
      }),
      fc.record({
        type: fc.constant('errored' as const),
        error: fc.record({
          type: fc.constant('error' as const),
          error: fc.record({ type: fc.constant('invalid_request_error' as const), message: text }),
        }),
      }),
      fc.constant({ type: 'canceled' as const }),
      fc.constant({ type: 'expired' as const }),
    ),
  })
  .map((line) => JSON.parse(JSON.stringify(line)) as MessageBatchIndividualResponse);

/** A client that serves an ended batch, whose results file is `chunks`, one chunk per read. */
function clientServing(chunks: () => Uint8Array[]): Anthropic {
  const batch = {
    id: BATCH_ID,
    type: 'message_batch',
    processing_status: 'ended',
    results_url: RESULTS_URL,
    request_counts: { processing: 0, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
    created_at: '2026-12-03T00:00:00Z',
    ended_at: '2026-12-03T00:01:00Z',
    expires_at: '2026-12-04T00:00:00Z',
    archived_at: null,
    cancel_initiated_at: null,
  };
  return new Anthropic({
    apiKey: 'sk-ant-property',
    maxRetries: 0,
    fetch: async (input) => {
      const url = new Request(input).url;
      if (url === RESULTS_URL)
        return new Response(readableOf(chunks()), { headers: { 'content-type': 'application/binary' } });
      return Response.json(batch);
    },
  });
}

async function readResults(client: Anthropic) {
  return collectBounded(() => new Batches(client).results(BATCH_ID));
}

const rejections = watchUnhandledRejections();
afterAll(() => rejections.stop());

describe('Batches.results over a JSON Lines body', () => {
  it(
    'any chunking of a valid results file gives the same results',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(resultLine, { maxLength: 8 }), lineEnd, chunking, async (lines, end, how) => {
          const bytes = utf8(toJSONL(lines, end));
          expect(await readResults(clientServing(() => chunksOf(bytes, how)))).toEqual({ ok: true, value: lines });
        }),
        propertySettings(200),
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );

  it(
    'a corrupted results file ends in results or a typed error: no hang, no untyped error, no unhandled rejection',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(resultLine, { minLength: 1, maxLength: 8 }),
          lineEnd,
          corruptions,
          chunking,
          async (lines, end, changes, how) => {
            const bytes = corruptBytes(utf8(toJSONL(corruptEvents(lines, changes), end)), changes);
            const outcome = await readResults(clientServing(() => chunksOf(bytes, how)));
            if (!outcome.ok) expect(untypedReason(outcome.error, AnthropicError)).toBeUndefined();
            await settleRejections();
            expect(rejections.take()).toEqual([]);
          },
        ),
        propertySettings(300),
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );
});
