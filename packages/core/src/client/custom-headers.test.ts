import { describe, expect, it } from 'vitest';
import { parseCustomHeaders } from './custom-headers.js';

describe('parseCustomHeaders', () => {
  it('splits lines at the first colon and trims both sides', () => {
    expect(parseCustomHeaders('A: 1\r\nB:two: three\rC :  x  ')).toEqual({ A: '1', B: 'two: three', C: 'x' });
  });

  it('ignores lines without a colon or without a name, and empty input', () => {
    expect(parseCustomHeaders('no colon\n: value\n   : v\n\n')).toEqual({});
    expect(parseCustomHeaders(undefined)).toEqual({});
    expect(parseCustomHeaders('')).toEqual({});
  });

  it('keeps an empty value', () => {
    expect(parseCustomHeaders('X-Empty:')).toEqual({ 'X-Empty': '' });
  });
});
