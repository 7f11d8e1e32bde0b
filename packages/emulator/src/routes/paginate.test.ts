import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.js';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const ids = (result: ReturnType<typeof paginate<{ id: string }>>) =>
  'page' in result ? result.page.data.map((item) => item.id) : result.error;

describe('paginate', () => {
  it('returns the first page with cursors', () => {
    expect(paginate(items, new URLSearchParams('limit=2'))).toEqual({
      page: { data: [{ id: 'a' }, { id: 'b' }], has_more: true, first_id: 'a', last_id: 'b' },
    });
  });

  it('defaults to 20 items', () => {
    expect(paginate(items, new URLSearchParams())).toMatchObject({
      page: { has_more: false, first_id: 'a', last_id: 'e' },
    });
  });

  it('walks forwards with after_id = last_id until has_more is false', () => {
    const walked: string[] = [];
    let query = new URLSearchParams('limit=2');
    for (;;) {
      const result = paginate(items, query);
      if (!('page' in result)) throw new Error(result.error);
      walked.push(...result.page.data.map((item) => item.id));
      if (!result.page.has_more || result.page.last_id === null) break;
      query = new URLSearchParams({ limit: '2', after_id: result.page.last_id });
    }
    expect(walked).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('walks backwards with before_id = first_id, keeping list order inside a page', () => {
    expect(paginate(items, new URLSearchParams('limit=2&before_id=e'))).toEqual({
      page: { data: [{ id: 'c' }, { id: 'd' }], has_more: true, first_id: 'c', last_id: 'd' },
    });
    expect(paginate(items, new URLSearchParams('limit=2&before_id=c'))).toEqual({
      page: { data: [{ id: 'a' }, { id: 'b' }], has_more: false, first_id: 'a', last_id: 'b' },
    });
  });

  it('returns an empty page with null cursors past the end', () => {
    expect(paginate(items, new URLSearchParams('after_id=e'))).toEqual({
      page: { data: [], has_more: false, first_id: null, last_id: null },
    });
    expect(paginate(items, new URLSearchParams('before_id=a'))).toEqual({
      page: { data: [], has_more: false, first_id: null, last_id: null },
    });
  });

  it('combines after_id and before_id into a window', () => {
    expect(ids(paginate(items, new URLSearchParams('after_id=a&before_id=e')))).toEqual(['b', 'c', 'd']);
  });

  it.each([
    ['limit=0', 'limit: Input should be greater than or equal to 1'],
    ['limit=1001', 'limit: Input should be less than or equal to 1000'],
    ['limit=ten', 'limit: Input should be a valid integer, unable to parse string as an integer'],
    ['after_id=zzz', "after_id: unknown id 'zzz'"],
  ])('rejects %s', (query, error) => {
    expect(paginate(items, new URLSearchParams(query))).toEqual({ error });
  });

  it('accepts the limit bounds', () => {
    expect(ids(paginate(items, new URLSearchParams('limit=1')))).toEqual(['a']);
    expect(ids(paginate(items, new URLSearchParams('limit=1000')))).toHaveLength(5);
  });
});
