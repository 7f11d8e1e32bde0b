import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from '@anth/emulator';
import { emulatedClientOptions } from '../../../../test-support/emulated-client.js';
import { Anthropic } from '../client/anthropic.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { jsonResponse, recordingFetch } from '../transport/test-fetch.js';
import { CursorPage, listPage, Page, PagePromise } from './page.js';

type Model = { id: string; display_name: string };

function emulatedClient() {
  const emulator = createEmulatorFetch();
  const client = new Anthropic(emulatedClientOptions(emulator));
  return { client, emulator };
}

describe('Page against the emulator (GET /v1/models)', () => {
  it('awaits to the first page', async () => {
    const { client, emulator } = emulatedClient();
    const promise = listPage<Model>(client, '/v1/models', { query: { limit: 2 } });
    expect(promise).toBeInstanceOf(PagePromise);
    const page = await promise;
    expect(page).toBeInstanceOf(Page);
    expect(page.data).toHaveLength(2);
    expect(page.getPaginatedItems()).toBe(page.data);
    expect(page.has_more).toBe(true);
    expect(page.first_id).toBe(page.data[0]!.id);
    expect(page.last_id).toBe(page.data[1]!.id);
    expect(page.hasNextPage()).toBe(true);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]!.query.get('limit')).toBe('2');
  });

  it('getNextPage walks forwards with after_id = last_id, keeping the other query params', async () => {
    const { client, emulator } = emulatedClient();
    const first = await listPage<Model>(client, '/v1/models', { query: { limit: 2 } });
    const second = await first.getNextPage();
    expect(second).toBeInstanceOf(Page);
    expect(emulator.requests[1]!.query.get('after_id')).toBe(first.last_id);
    expect(emulator.requests[1]!.query.get('limit')).toBe('2');
    expect(second.data.map((model) => model.id)).not.toContain(first.data[0]!.id);
  });

  it('for await over the promise walks every item of every page, once', async () => {
    const { client, emulator } = emulatedClient();
    const everything = await listPage<Model>(client, '/v1/models', { query: { limit: 1000 } });
    expect(everything.has_more).toBe(false);
    expect(everything.hasNextPage()).toBe(false);
    emulator.reset();

    const ids: string[] = [];
    for await (const model of listPage<Model>(client, '/v1/models', { query: { limit: 2 } })) ids.push(model.id);
    expect(ids).toEqual(everything.data.map((model) => model.id));
    expect(emulator.requests).toHaveLength(Math.ceil(ids.length / 2));
  });

  it('for await over an awaited page also walks the later pages', async () => {
    const { client } = emulatedClient();
    const all = (await listPage<Model>(client, '/v1/models', { query: { limit: 1000 } })).data.map((model) => model.id);
    const page = await listPage<Model>(client, '/v1/models', { query: { limit: 3 } });
    const ids: string[] = [];
    for await (const model of page) ids.push(model.id);
    expect(ids).toEqual(all);
    const pages: number[] = [];
    for await (const each of page.iterPages()) pages.push(each.data.length);
    expect(pages.reduce((sum, count) => sum + count, 0)).toBe(all.length);
  });

  it('walks backwards with before_id = first_id when the first request had before_id', async () => {
    const { client, emulator } = emulatedClient();
    const all = (await listPage<Model>(client, '/v1/models', { query: { limit: 1000 } })).data.map((model) => model.id);
    expect(all.length).toBeGreaterThanOrEqual(5);
    emulator.reset();
    const last = all.at(-1)!;
    const ids: string[][] = [];
    for await (const page of (
      await listPage<Model>(client, '/v1/models', { query: { limit: 2, before_id: last } })
    ).iterPages()) {
      ids.push(page.data.map((model) => model.id));
    }
    expect(ids.flat().sort()).toEqual(all.slice(0, -1).sort());
    expect(ids[0]).toEqual(all.slice(-3, -1));
    const beforeIds = emulator.requests.map((request) => request.query.get('before_id'));
    expect(beforeIds[0]).toBe(last);
    expect(beforeIds[1]).toBe(ids[0]![0]);
    expect(emulator.requests.every((request) => !request.query.has('after_id'))).toBe(true);
  });

  it('getNextPage on the last page throws an AnthropicError', async () => {
    const { client } = emulatedClient();
    const page = await listPage<Model>(client, '/v1/models', { query: { limit: 1000 } });
    expect(page.hasNextPage()).toBe(false);
    expect(() => page.getNextPage()).toThrow(AnthropicError);
    expect(() => page.getNextPage()).toThrow(/hasNextPage/);
  });

  it('a failing list request rejects the awaited promise and the for await loop', async () => {
    const { client } = emulatedClient();
    await expect(listPage<Model>(client, '/v1/models', { query: { limit: 0 } })).rejects.toMatchObject({
      status: 400,
    });
    const loop = async () => {
      for await (const _model of listPage<Model>(client, '/v1/models', { query: { limit: 0 } })) {
        // unreachable
      }
    };
    await expect(loop()).rejects.toMatchObject({ status: 400 });
  });
});

describe('Page edge cases (inline server)', () => {
  function pageClient(body: unknown) {
    const { fetch, requests } = recordingFetch(() => jsonResponse(body));
    return { client: new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' }), requests };
  }

  it('treats a missing has_more as false', async () => {
    const { client } = pageClient({ data: [{ id: 'a' }], first_id: 'a', last_id: 'a' });
    const page = await listPage(client, '/v1/x');
    expect(page.has_more).toBe(false);
    expect(page.hasNextPage()).toBe(false);
  });

  it('stops on an empty page or a missing cursor even when has_more is true', async () => {
    const empty = pageClient({ data: [], has_more: true, first_id: null, last_id: null }).client;
    expect((await listPage(empty, '/v1/x')).hasNextPage()).toBe(false);
    const noCursor = pageClient({ data: [{ id: 'a' }], has_more: true, first_id: 'a', last_id: null }).client;
    expect((await listPage(noCursor, '/v1/x')).hasNextPage()).toBe(false);
  });

  it('tolerates a body without data', async () => {
    const page = await listPage(pageClient({}).client, '/v1/x');
    expect(page.data).toEqual([]);
    expect(page.first_id).toBeNull();
  });

  it('keeps the path query (e.g. ?beta=true) on the next page', async () => {
    const { client, requests } = pageClient({ data: [{ id: 'a' }], has_more: true, first_id: 'a', last_id: 'a' });
    const page = await listPage(client, '/v1/files?beta=true', {
      query: { limit: 1 },
      headers: { 'anthropic-beta': 'files-api-2025-04-14' },
    });
    await page.getNextPage();
    const url = new URL(requests[1]!.url);
    expect(url.searchParams.get('beta')).toBe('true');
    expect(url.searchParams.get('after_id')).toBe('a');
    expect(requests[1]!.headers.get('anthropic-beta')).toBe('files-api-2025-04-14');
  });
});

describe('CursorPage', () => {
  it('follows next_page until it is null', async () => {
    const bodies = [
      { data: [{ id: 's1' }, { id: 's2' }], next_page: 'cursor_2' },
      { data: [{ id: 's3' }], next_page: null },
    ];
    const { fetch, requests } = recordingFetch((_request, index) => jsonResponse(bodies[index]));
    const client = new Anthropic({ apiKey: 'k', fetch, baseURL: 'http://api.test' });
    const promise = listPage<{ id: string }, CursorPage<{ id: string }>>(
      client,
      '/v1/skills',
      { query: { limit: 2 } },
      CursorPage,
    );
    expect(promise).toBeInstanceOf(PagePromise);
    const ids: string[] = [];
    for await (const skill of promise) ids.push(skill.id);
    expect(ids).toEqual(['s1', 's2', 's3']);
    expect(new URL(requests[1]!.url).searchParams.get('page')).toBe('cursor_2');
    expect(requests).toHaveLength(2);
  });
});
