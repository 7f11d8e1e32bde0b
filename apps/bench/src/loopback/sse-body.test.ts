import { describe, expect, it } from 'vitest';
import { sseBody } from './sse-body.js';

describe('sseBody', () => {
  const { body, facts } = sseBody();
  const events = body
    .toString('utf8')
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { name: eventLine?.replace('event: ', ''), data: JSON.parse(dataLine?.replace('data: ', '') ?? '') };
    });

  it('has the size and event mix of the issue: ~2.8 MB, ~22k events, ~2k input_json_delta', () => {
    expect(facts.bytes).toBe(body.length);
    expect(body.length).toBeGreaterThan(2_700_000);
    expect(body.length).toBeLessThan(2_900_000);
    expect(events.length).toBe(facts.events + facts.pings);
    expect(facts.events + facts.pings).toBeGreaterThan(21_000);
    expect(facts.inputJsonDeltas).toBe(2_000);
    expect(events.filter((event) => event.name === 'ping')).toHaveLength(facts.pings);
  });

  it('names each event by its data type and runs message_start … message_stop', () => {
    expect(events.filter((event) => event.data.type !== event.name)).toEqual([]);
    expect(events[0]?.name).toBe('message_start');
    expect(events.at(-2)?.name).toBe('message_delta');
    expect(events.at(-1)?.name).toBe('message_stop');
  });

  it('accumulates to the text length and the tool inputs its facts promise', () => {
    let text = 0;
    const inputs = new Map<number, string>();
    for (const { data } of events) {
      if (data.type !== 'content_block_delta') continue;
      if (data.delta.type === 'text_delta') text += data.delta.text.length;
      else inputs.set(data.index, (inputs.get(data.index) ?? '') + data.delta.partial_json);
    }
    expect(text).toBe(facts.textLength);
    expect(inputs.size).toBe(facts.toolUses);
    const parsed = [...inputs.values()].map((json) => JSON.parse(json) as Record<string, unknown>);
    expect(parsed.reduce((sum, input) => sum + JSON.stringify(input).length, 0)).toBe(facts.toolInputLength);
    expect(parsed[0]?.['content']).toContain('\n');
  });

  it('is the same bytes every time', () => {
    expect(sseBody().body.equals(body)).toBe(true);
  });
});
