import { describe, expect, it } from 'vitest';
import { mergeHeaders, unionBetas } from './build-headers.js';

describe('mergeHeaders', () => {
  it('lets later layers win, case-insensitively, and skips undefined layers and values', () => {
    const { headers, removed } = mergeHeaders([
      { 'X-A': '1', 'x-b': '1' },
      undefined,
      { 'x-a': '2', 'X-B': undefined },
    ]);
    expect(headers['x-a']).toBe('2');
    expect(headers['x-b']).toBe('1');
    expect(removed.size).toBe(0);
  });

  it('records names removed with null, and forgets them when a later layer sets them again', () => {
    const { headers, removed } = mergeHeaders([
      { 'x-api-key': 'k', authorization: 'a' },
      { 'X-Api-Key': null, Authorization: null },
      { authorization: 'b' },
    ]);
    expect(headers).not.toHaveProperty('x-api-key');
    expect(headers['authorization']).toBe('b');
    expect([...removed]).toEqual(['x-api-key']);
  });

  it('records a null even for a header no lower layer set', () => {
    expect([...mergeHeaders([{ 'x-api-key': null }]).removed]).toEqual(['x-api-key']);
  });
});

describe('unionBetas', () => {
  it('deduplicates in first-seen order, trims, drops empties, joins without spaces', () => {
    expect(unionBetas([' a , b,,', ['b', 'c '], null, undefined, 'a,d'])).toBe('a,b,c,d');
  });

  it('is undefined when there is nothing', () => {
    expect(unionBetas([null, undefined, '', [], ' , '])).toBeUndefined();
  });
});
