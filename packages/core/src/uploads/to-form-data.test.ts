import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { toFormData } from './to-form-data.js';

function entries(form: FormData): Array<[string, string]> {
  return [...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : `file:${value.name}`]);
}

describe('toFormData', () => {
  it('turns scalars into text parts and skips undefined', () => {
    const form = toFormData({ display_title: 'My skill', count: 3, flag: false, missing: undefined });
    expect(entries(form)).toEqual([
      ['display_title', 'My skill'],
      ['count', '3'],
      ['flag', 'false'],
    ]);
  });

  it('repeats array items as key[] and nests objects as key[sub]', () => {
    const form = toFormData({ tags: ['a', 'b'], meta: { owner: 'me', limits: { size: 10 } } });
    expect(entries(form)).toEqual([
      ['tags[]', 'a'],
      ['tags[]', 'b'],
      ['meta[owner]', 'me'],
      ['meta[limits][size]', '10'],
    ]);
  });

  it('throws for null, naming the key', () => {
    expect(() => toFormData({ title: null })).toThrow(AnthropicError);
    expect(() => toFormData({ meta: { title: null } })).toThrow(/Received null for "meta\[title\]"/);
  });

  it('sends files with their base name by default', async () => {
    const form = toFormData({ file: new File(['x'], 'docs/reports/q1.pdf', { type: 'application/pdf' }) });
    const part = form.get('file') as File;
    expect(part.name).toBe('q1.pdf');
    expect(part.type).toBe('application/pdf');
    expect(await part.text()).toBe('x');
    expect((toFormData({ file: new File(['x'], 'C:\\docs\\win.txt') }).get('file') as File).name).toBe('win.txt');
  });

  it('keeps directory-qualified names with keepPaths (skill uploads)', () => {
    const form = toFormData(
      {
        files: [new File(['---'], 'my-skill/SKILL.md'), new File(['x'], 'my-skill/scripts/run.py')],
        display_title: 'S',
      },
      { keepPaths: true },
    );
    expect(entries(form)).toEqual([
      ['files[]', 'file:my-skill/SKILL.md'],
      ['files[]', 'file:my-skill/scripts/run.py'],
      ['display_title', 'S'],
    ]);
  });

  it('names a nameless Blob "blob"', () => {
    expect((toFormData({ file: new Blob(['x']) }).get('file') as File).name).toBe('blob');
  });

  it('encodes to multipart with the runtime boundary', async () => {
    const form = toFormData({ file: new File(['content'], 'a/b.txt', { type: 'text/plain' }), purpose: 'test' });
    const request = new Request('http://a.test/', { method: 'POST', body: form });
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const text = await request.text();
    expect(text).toContain('name="file"; filename="b.txt"');
    expect(text).toContain('name="purpose"');
  });
});
