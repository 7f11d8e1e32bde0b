import { describe, expect, it } from 'vitest';
import { APIConnectionError } from '../errors/connection-errors.js';
import { StreamIdleTimeoutError } from '../errors/stream-idle-timeout-error.js';
import { openSSEEvents } from './sse-events.js';
import { collect, readFixture, sseResponse, withLineEnds } from './test-helpers.js';

interface ServerSentEvent {
  event: string;
  data: string;
}

/** The events of a body as the stream parser reads them: blocks with neither name nor data dispatch nothing. */
async function* iterate(
  response: Response,
  controller = new AbortController(),
  idleTimeout = 0,
): AsyncGenerator<ServerSentEvent> {
  const source = await openSSEEvents(response.body, controller.signal, idleTimeout);
  try {
    for (let next = await source.events.next(); !next.done; next = await source.events.next()) {
      if (controller.signal.aborted) return;
      const { event, data } = next.value;
      if (event !== undefined || data !== undefined) yield { event: event ?? '', data: data ?? '' };
    }
  } finally {
    source.close();
  }
}

describe('openSSEEvents', () => {
  const fixture = readFixture('text-reply.sse');

  it.each([
    ['\\n', '\n' as const],
    ['\\r\\n', '\r\n' as const],
    ['\\r', '\r' as const],
  ])('frames events the same with %s line ends, whatever the chunking', async (_, ending) => {
    const reference = await collect(iterate(sseResponse(fixture, { sizes: [1 << 20] }).response));
    expect(reference.map((event) => event.event)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const text = withLineEnds(fixture, ending);
    // Single bytes split every multi-byte character and every \r\n; the others land at odd places.
    const chunkings =
      ending === '\r\n' ? [[1], [3, 5], [7, 1, 13, 2, 31, 5]] : [[2], [3, 5], [7, 1, 13, 2, 31, 5], [64]];
    for (const sizes of chunkings) {
      const events = await collect(iterate(sseResponse(text, { sizes }).response));
      expect(events).toEqual(reference);
    }
  });

  it('decodes multi-byte UTF-8 split across chunks', async () => {
    const events = await collect(iterate(sseResponse(fixture, { sizes: [1] }).response));
    const delta = JSON.parse(events[4]!.data) as { delta: { text: string } };
    expect(delta.delta.text).toBe('ça va ? 日本語 🎉');
  });

  it('skips comments, ignores id/retry, joins data lines, and gives absent fields as empty strings', async () => {
    const events = await collect(iterate(sseResponse(readFixture('unknown-events.sse')).response));
    expect(events.find((event) => event.event === 'future_event_name')?.data).toBe('first line\nsecond line');
    expect(events.find((event) => event.event === 'only_a_name')?.data).toBe('');
    // The id/retry-only block dispatches nothing (no event, no data); the data-only one comes nameless.
    expect(events.filter((event) => event.event === '').map((event) => event.data)).toEqual([
      expect.stringContaining('no event name'),
    ]);
    for (const event of events) {
      expect(typeof event.event).toBe('string');
      expect(typeof event.data).toBe('string');
    }
  });

  it('strips all the whitespace after the colon, and ignores unknown fields and lines without a colon', async () => {
    const text = 'event:\t  a\nfoo: bar\ndata\ndata:  {"x": 1}\n\nfoo: only\n\n';
    expect(await collect(iterate(sseResponse(text).response))).toEqual([{ event: 'a', data: '{"x": 1}' }]);
  });

  it('does not dispatch a last event without its blank line', async () => {
    const text = 'event: a\ndata: 1\n\nevent: b\ndata: 2\n';
    const events = await collect(iterate(sseResponse(text).response));
    expect(events.map((event) => event.event)).toEqual(['a']);
  });

  it('yields nothing for a response without a body', async () => {
    expect(await collect(iterate(new Response(null)))).toEqual([]);
  });

  it('turns a cut connection into APIConnectionError with the cause kept', async () => {
    const cut = new TypeError('terminated');
    const { response } = sseResponse('event: ping\ndata: {}\n\nevent: message_sta', { ending: { error: cut } });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const event of iterate(response)) seen.push(event.event);
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['ping']);
    expect(failure).toBeInstanceOf(APIConnectionError);
    expect((failure as APIConnectionError).cause).toBe(cut);
  });

  it('fails with StreamIdleTimeoutError when the body goes silent', async () => {
    const { response, body } = sseResponse('event: ping\ndata: {}\n\n', { ending: 'stall' });
    await expect(collect(iterate(response, new AbortController(), 30))).rejects.toBeInstanceOf(StreamIdleTimeoutError);
    expect(body.cancelled).toBe(true);
  });

  it('ends silently when the controller aborts during a read, and cancels the body', async () => {
    const { response, body } = sseResponse('event: ping\ndata: {}\n\n', { ending: 'stall' });
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const event of iterate(response, controller)) {
      seen.push(event.event);
      setTimeout(() => controller.abort(), 5);
    }
    expect(seen).toEqual(['ping']);
    expect(body.cancelled).toBe(true);
  });

  it('ends silently when the controller aborts between events', async () => {
    const { response, body } = sseResponse(fixture);
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const event of iterate(response, controller)) {
      seen.push(event.event);
      if (seen.length === 2) controller.abort();
    }
    expect(seen).toHaveLength(2);
    expect(body.cancelled).toBe(true);
  });

  it('cancels the body when the consumer leaves early', async () => {
    const { response, body } = sseResponse(fixture, { ending: 'stall' });
    for await (const event of iterate(response)) {
      if (event.event === 'content_block_start') break;
    }
    expect(body.cancelled).toBe(true);
  });
});
