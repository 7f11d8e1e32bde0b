import { describe, expect, it } from 'vitest';
import { createEventStream, formatServerSentEvent } from './sse.js';

const events = [
  { event: 'one', data: { type: 'one' } },
  { event: 'two', data: { type: 'two' } },
];

describe('formatServerSentEvent', () => {
  it('frames one event', () => {
    expect(formatServerSentEvent({ event: 'ping', data: { type: 'ping' } })).toBe(
      'event: ping\ndata: {"type":"ping"}\n\n',
    );
  });
});

describe('createEventStream', () => {
  it('delivers one chunk per event, then closes', async () => {
    const reader = createEventStream(events).getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('event: one\ndata: {"type":"one"}\n\n');
    expect(decoder.decode((await reader.read()).value)).toBe('event: two\ndata: {"type":"two"}\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it('applies faults even after the last event', async () => {
    const reader = createEventStream(events, { dropAfterEvents: 2 }).getReader();
    await reader.read();
    await reader.read();
    await expect(reader.read()).rejects.toThrow('terminated');
  });

  it('stops a pending delay when the reader cancels', async () => {
    const countTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const timersBefore = countTimers();
    const reader = createEventStream(events, { delayBetweenEventsMs: 60_000 }).getReader();
    await reader.read();
    const pending = reader.read();
    await new Promise((resolve) => setImmediate(resolve));
    expect(countTimers()).toBe(timersBefore + 1);
    await reader.cancel();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(countTimers()).toBe(timersBefore);
  });

  it('errors with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    const reader = createEventStream(events, { stallAfterEvents: 1 }, controller.signal).getReader();
    await reader.read();
    const pending = reader.read();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
