import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { toFile } from './to-file.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('toFile', () => {
  it('wraps bytes (Uint8Array, ArrayBuffer, DataView, Buffer)', async () => {
    const file = await toFile(bytes('hello'), 'hello.txt', { type: 'text/plain' });
    expect(file).toBeInstanceOf(File);
    expect(file.name).toBe('hello.txt');
    expect(file.type).toBe('text/plain');
    expect(await file.text()).toBe('hello');
    expect(await (await toFile(bytes('ab').buffer, 'a.bin')).text()).toBe('ab');
    const view = new DataView(bytes('xyz!').buffer, 1, 2);
    expect(await (await toFile(view, 'v.bin')).text()).toBe('yz');
    expect(await (await toFile(Buffer.from('buffer'), 'b.bin')).text()).toBe('buffer');
  });

  it('treats a string as content, with unknown_file as the fallback name', async () => {
    const file = await toFile('plain text');
    expect(file.name).toBe('unknown_file');
    expect(file.type).toBe('');
    expect(await file.text()).toBe('plain text');
  });

  it('accepts a promise of a value', async () => {
    const file = await toFile(Promise.resolve(bytes('later')), 'later.txt');
    expect(await file.text()).toBe('later');
  });

  it('wraps a Blob, keeping its type unless overridden', async () => {
    const blob = new Blob(['{"a":1}'], { type: 'application/json' });
    const kept = await toFile(blob, 'data.json');
    expect(kept.name).toBe('data.json');
    expect(kept.type).toBe('application/json');
    expect(await kept.text()).toBe('{"a":1}');
    expect((await toFile(blob, 'data.txt', { type: 'text/plain' })).type).toBe('text/plain');
    expect((await toFile(blob)).name).toBe('unknown_file');
  });

  it('returns a File untouched when there is nothing to change', async () => {
    const file = new File(['x'], 'report.pdf', { type: 'application/pdf', lastModified: 1_000 });
    expect(await toFile(file)).toBe(file);
  });

  it('re-wraps a File when a name or an option is given, keeping type and lastModified', async () => {
    const file = new File(['x'], 'dir/report.pdf', { type: 'application/pdf', lastModified: 1_000 });
    const renamed = await toFile(file, 'renamed.pdf');
    expect(renamed).not.toBe(file);
    expect(renamed.name).toBe('renamed.pdf');
    expect(renamed.type).toBe('application/pdf');
    expect(renamed.lastModified).toBe(1_000);
    const retyped = await toFile(file, null, { type: 'application/octet-stream', lastModified: 2_000 });
    expect(retyped.name).toBe('report.pdf'); // a resolved name is reduced to its basename
    expect(retyped.type).toBe('application/octet-stream');
    expect(retyped.lastModified).toBe(2_000);
  });

  it('reads a Response, naming the file after the last segment of its URL', async () => {
    const response = new Response('pdf bytes', { headers: { 'content-type': 'application/pdf' } });
    Object.defineProperty(response, 'url', { value: 'https://files.example/v1/files/report.pdf?download=1#top' });
    const file = await toFile(response);
    expect(file.name).toBe('report.pdf');
    expect(file.type).toBe('application/pdf');
    expect(await file.text()).toBe('pdf bytes');
  });

  it('reads a Response without a URL as unknown_file, or with the given name', async () => {
    expect((await toFile(new Response('x'))).name).toBe('unknown_file');
    expect((await toFile(new Response('x'), 'named.bin')).name).toBe('named.bin');
  });

  it('drains a web ReadableStream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('chunk one, '));
        controller.enqueue(bytes('chunk two'));
        controller.close();
      },
    });
    const file = await toFile(stream, 'stream.txt');
    expect(await file.text()).toBe('chunk one, chunk two');
  });

  it('concatenates an async iterable, taking the type from the first typed Blob part', async () => {
    async function* parts() {
      yield 'a';
      yield bytes('b');
      yield new Blob(['c'], { type: 'text/markdown' });
      yield new Blob(['d'], { type: 'text/plain' });
    }
    const file = await toFile(parts(), 'mixed.md');
    expect(await file.text()).toBe('abcd');
    expect(file.type).toBe('text/markdown');
  });

  it('rejects a value it cannot read with an AnthropicError naming its type', async () => {
    await expect(toFile(42 as never)).rejects.toBeInstanceOf(AnthropicError);
    await expect(toFile({ some: 'object' } as never)).rejects.toThrow(/unexpected value of type Object/);
  });

  describe('from disk', () => {
    let directory: string;
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'anth-to-file-'));
      await writeFile(join(directory, 'notes.md'), '# Notes\n');
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('reads fs.createReadStream, named after its path', async () => {
      const file = await toFile(createReadStream(join(directory, 'notes.md')));
      expect(file.name).toBe('notes.md');
      expect(await file.text()).toBe('# Notes\n');
    });

    it('uses the path of any async iterable that has one', async () => {
      const iterable = {
        path: '/tmp/some/dir/data.csv',
        async *[Symbol.asyncIterator]() {
          yield bytes('a,b\n');
        },
      };
      const file = await toFile(iterable);
      expect(file.name).toBe('data.csv');
    });
  });
});
