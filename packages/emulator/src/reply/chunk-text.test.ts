import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk-text.js';

describe('chunkText', () => {
  it('splits into pieces of the given size', () => {
    expect(chunkText('Hello!', 4)).toEqual(['Hell', 'o!']);
    expect(chunkText('', 4)).toEqual([]);
  });

  it('never splits a surrogate pair', () => {
    expect(chunkText('a😀b', 2)).toEqual(['a😀', 'b']);
  });
});
