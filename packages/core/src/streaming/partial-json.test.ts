import { describe, expect, it } from 'vitest';
import { parsePartialJSON } from './partial-json.js';

describe('parsePartialJSON', () => {
  it.each([
    ['{"a":"x","b":"y', { a: 'x' }],
    ['{"n": 12.', {}],
    ['[1, 2, "a', [1, 2]],
    ['{', {}],
    ['[', []],
    ['{"a', {}],
    ['{"a"', {}],
    ['{"a":', {}],
    ['{"a": ', {}],
    ['{"a":1', { a: 1 }],
    ['{"a":1,', { a: 1 }],
    ['{"a":1, "', { a: 1 }],
    ['{"a":-', {}],
    ['{"a":1e', {}],
    ['{"a":1e+', {}],
    ['{"a":1.5e-3', { a: 0.0015 }],
    ['{"a":0', { a: 0 }],
    ['{"a":tr', {}],
    ['{"a":true', { a: true }],
    ['{"a":fals', {}],
    ['{"a":false,"b":nul', { a: false }],
    ['{"a":null', { a: null }],
    ['{"a":"x"', { a: 'x' }],
    ['{"a":"x"}', { a: 'x' }],
    ['[1,', [1]],
    ['[1, [2, [3', [1, [2, [3]]]],
    ['[{"a": [1, {"b": "c', [{ a: [1, {}] }]],
    ['{"a": {"b": {"c": 1}, "d": [true, null, "e"', { a: { b: { c: 1 }, d: [true, null, 'e'] } }],
    ['{"a": {}', { a: {} }],
    ['{"a": []', { a: [] }],
    ['  {  "a"  :  [  1  ,  2  ]  ,  "b"  :  { }  }  ', { a: [1, 2], b: {} }],
  ])('%s', (text, expected) => {
    expect(parsePartialJSON(text)).toEqual(expected);
  });

  it('returns undefined when the outermost value has not started or is a scalar cut short', () => {
    expect(parsePartialJSON('')).toBeUndefined();
    expect(parsePartialJSON('   \n')).toBeUndefined();
    expect(parsePartialJSON('"abc')).toBeUndefined();
    expect(parsePartialJSON('-')).toBeUndefined();
    expect(parsePartialJSON('nu')).toBeUndefined();
    expect(parsePartialJSON('42')).toBe(42);
    expect(parsePartialJSON('"done"')).toBe('done');
  });

  describe('strings', () => {
    it('decodes every escape like JSON.parse', () => {
      const json = '{"s":"quote \\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t tab"}';
      expect(parsePartialJSON(json)).toEqual(JSON.parse(json));
    });

    it('decodes unicode escapes, including surrogate pairs', () => {
      expect(parsePartialJSON('{"s":"caf\\u00e9 \\u00E9 \\ud83d\\ude00 \\u0000"')).toEqual({ s: 'café é 😀 \u0000' });
    });

    it('keeps raw multi-byte characters', () => {
      expect(parsePartialJSON('{"s":"日本語 🎉","t":"ça')).toEqual({ s: '日本語 🎉' });
    });

    it('drops a string cut inside an escape', () => {
      expect(parsePartialJSON('{"a":"x","s":"ab\\')).toEqual({ a: 'x' });
      expect(parsePartialJSON('{"a":"x","s":"ab\\u00')).toEqual({ a: 'x' });
      expect(parsePartialJSON('{"a":"x","s":"ab\\ud83d')).toEqual({ a: 'x' });
      expect(parsePartialJSON('{"a":"x","s":"\\"')).toEqual({ a: 'x' });
    });

    it('does not end a string at an escaped quote', () => {
      expect(parsePartialJSON('{"s":"say \\"hi\\" now", "t": "x')).toEqual({ s: 'say "hi" now' });
    });

    it('keeps keys with escapes and a __proto__ key as an own property', () => {
      const parsed = parsePartialJSON('{"k\\u0065y":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
      expect(parsed['key']).toBe(1);
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).toBe(true);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });

  it('agrees with JSON.parse on every prefix of a complete document once it is complete', () => {
    const document = {
      query: 'weather in "Paris" \\ ça',
      emoji: '🎉 \u2028',
      numbers: [0, -1, 2.5, 1e21, -0.25e-3],
      nested: { deep: [{ a: [true, false, null] }, {}], empty: [] },
    };
    const json = JSON.stringify(document, null, 1);
    let previousKeys = 0;
    for (let end = 0; end <= json.length; end++) {
      const value = parsePartialJSON(json.slice(0, end));
      if (end === json.length) expect(value).toEqual(document);
      else if (end > 0) {
        // Every prefix parses, to an object whose top-level keys only ever grow.
        expect(typeof value).toBe('object');
        const keys = Object.keys(value as object).length;
        expect(keys).toBeGreaterThanOrEqual(previousKeys);
        previousKeys = keys;
      }
    }
  });

  it.each([
    ['{"a": bad}'],
    ['{"a" 1}'],
    ['{"a":1 "b":2}'],
    ['{a:1}'],
    ['[1 2]'],
    ['{"a":1}}'],
    ['{"a":1} x'],
    ['{"a":01}'],
    ['{"a":1.}'],
    ['{"a":"\\x"}'],
    ['{"a":"\\u12G4"}'],
    ['{"a":"line\nbreak"}'],
    ['{"a":trux}'],
    ['{"a":-x}'],
    ['}'],
  ])('throws a SyntaxError on text that can never be JSON: %s', (text) => {
    expect(() => parsePartialJSON(text)).toThrow(SyntaxError);
  });

  it('drops a number cut short after several digits, and keeps complete literals at the end', () => {
    expect(parsePartialJSON('{"a":48.')).toEqual({});
    expect(parsePartialJSON('[12.5e')).toEqual([]);
    expect(parsePartialJSON('[12.5e-')).toEqual([]);
    expect(parsePartialJSON('[-0')).toEqual([-0]);
    expect(parsePartialJSON('true')).toBe(true);
    expect(parsePartialJSON('tru')).toBeUndefined();
    expect(parsePartialJSON('[null')).toEqual([null]);
  });

  it.each([
    ['{"a":"\\x'],
    ['{"a":"ok\\u12G'],
    ['{"k\\u":'],
    ['{"k\\q"'],
    ['{\u00a0"a":1}'],
    ['{"a":1,\u00a0'],
    ['[1 "b'],
    ['{"a" tr'],
  ])('throws a SyntaxError even when the offending part would be dropped: %s', (text) => {
    expect(() => parsePartialJSON(text)).toThrow(SyntaxError);
  });

  it('scans a string of millions of characters without running out of stack', () => {
    const long = 'x'.repeat(2_000_000);
    expect(parsePartialJSON(`{"a":"${long}\\n${long}","b":"cut`)).toEqual({ a: `${long}\n${long}` });
  });

  it('closes deeply nested containers without recursing', () => {
    let value = parsePartialJSON(`${'['.repeat(20_000)}1`);
    for (let depth = 0; depth < 20_000; depth++) value = (value as unknown[])[0];
    expect(value).toBe(1);
  });

  it('closes a long cut buffer of ten thousand objects', () => {
    const big = `{"items":[${Array.from({ length: 10_000 }, (_, index) => `{"id":${index},"name":"item \\u00e9 ${index}"}`).join(',')}`;
    const value = parsePartialJSON(big) as { items: Array<{ id: number; name: string }> };
    expect(value.items).toHaveLength(10_000);
    expect(value.items[9_999]).toEqual({ id: 9_999, name: 'item é 9999' });
  });
});
