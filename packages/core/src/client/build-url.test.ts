import { describe, expect, it } from 'vitest';
import { buildURL } from './build-url.js';

describe('buildURL', () => {
  it.each([
    ['https://api.anthropic.com', '/v1/messages', 'https://api.anthropic.com/v1/messages'],
    ['https://api.anthropic.com/', '/v1/messages', 'https://api.anthropic.com/v1/messages'],
    ['https://api.anthropic.com//', 'v1/messages', 'https://api.anthropic.com/v1/messages'],
    ['https://proxy.example/anthropic', '/v1/models', 'https://proxy.example/anthropic/v1/models'],
    ['https://proxy.example/anthropic/', '//v1/models', 'https://proxy.example/anthropic/v1/models'],
  ])('joins %s and %s with exactly one slash', (base, path, expected) => {
    expect(buildURL(base, path, undefined, undefined)).toBe(expected);
  });

  it('uses an absolute path as is, ignoring the base', () => {
    expect(buildURL('https://proxy.example/p', 'https://files.example/v1/x/results', undefined, undefined)).toBe(
      'https://files.example/v1/x/results',
    );
    expect(buildURL('https://proxy.example/p', 'HTTP://files.example/a', undefined, undefined)).toBe(
      'HTTP://files.example/a',
    );
  });

  it('keeps a query already in the path when there are no query layers', () => {
    expect(buildURL('https://a.test', '/v1/files?beta=true', undefined, undefined)).toBe(
      'https://a.test/v1/files?beta=true',
    );
  });

  it('merges path query < defaultQuery < per-request query, keeping first-seen key order', () => {
    const url = buildURL(
      'https://a.test',
      '/v1/files?beta=true&limit=5',
      { limit: '10', tenant: 'x' },
      { limit: 20, after_id: 'f_1' },
    );
    expect(url).toBe('https://a.test/v1/files?beta=true&limit=20&tenant=x&after_id=f_1');
  });

  it('serialises arrays in brackets form and nested objects as key[sub]', () => {
    const url = buildURL('https://a.test', '/v1/x', undefined, {
      ids: ['a', 'b'],
      filter: { kind: 'k', deep: { level: 2 } },
      empty: [],
    });
    expect(url).toBe('https://a.test/v1/x?ids[]=a&ids[]=b&filter[kind]=k&filter[deep][level]=2');
    expect(new URL(url).searchParams.getAll('ids[]')).toEqual(['a', 'b']);
  });

  it('skips undefined, sends null as an empty value, dates as ISO strings, booleans as text', () => {
    const url = buildURL('https://a.test', '/v1/x', undefined, {
      gone: undefined,
      blank: null,
      when: new Date('2025-01-02T03:04:05Z'),
      flag: false,
    });
    expect(url).toBe('https://a.test/v1/x?blank=&when=2025-01-02T03%3A04%3A05.000Z&flag=false');
  });

  it('percent-encodes values and keys but keeps brackets readable', () => {
    const url = buildURL('https://a.test', '/v1/x', undefined, { 'a b': 'c&d=e', list: ['x/y'] });
    expect(url).toBe('https://a.test/v1/x?a%20b=c%26d%3De&list[]=x%2Fy');
    const params = new URL(url).searchParams;
    expect(params.get('a b')).toBe('c&d=e');
    expect(params.getAll('list[]')).toEqual(['x/y']);
  });

  it('keeps repeated keys of the path query, unless a layer replaces them', () => {
    expect(buildURL('https://a.test', '/v1/x?k=1&k=2', {}, {})).toBe('https://a.test/v1/x?k=1&k=2');
    expect(buildURL('https://a.test', '/v1/x?k=1&k=2', undefined, { k: '3' })).toBe('https://a.test/v1/x?k=3');
  });

  it('drops a fragment and leaves no dangling ? when nothing remains', () => {
    expect(buildURL('https://a.test', '/v1/x#frag', {}, { gone: undefined })).toBe('https://a.test/v1/x');
  });
});

describe('buildURL: removing a key', () => {
  it('an explicit undefined in the request query drops the default for that key', () => {
    expect(buildURL('https://api.test', '/v1/models', { limit: '5', keep: 'yes' }, { limit: undefined })).toBe(
      'https://api.test/v1/models?keep=yes',
    );
  });
});
