import { describe, expect, it } from 'vitest';
import { rebuildRequest } from './rebuild-request.js';

describe('rebuildRequest', () => {
  it('replaces the URL, headers and body and keeps method and signal', async () => {
    const controller = new AbortController();
    const original = new Request('https://api.test/v1/messages?beta=true', {
      method: 'POST',
      headers: { 'x-a': '1' },
      body: '{"a":1}',
      signal: controller.signal,
    });
    const rebuilt = rebuildRequest(original, {
      url: 'https://cloud.test/v1/rewritten',
      headers: new Headers({ 'x-b': '2' }),
      body: '{"b":2}',
    });
    expect(rebuilt.url).toBe('https://cloud.test/v1/rewritten');
    expect(rebuilt.method).toBe('POST');
    expect([...rebuilt.headers]).toEqual([
      ['content-type', 'text/plain;charset=UTF-8'],
      ['x-b', '2'],
    ]);
    expect(await rebuilt.text()).toBe('{"b":2}');
    controller.abort();
    expect(rebuilt.signal.aborted).toBe(true);
  });

  it('carries over non-default fetch options, and can be built twice from the same body bytes', async () => {
    const original = new Request('https://api.test/v1/messages', {
      method: 'POST',
      body: 'payload',
      redirect: 'error',
      keepalive: true,
    });
    const bytes = await original.arrayBuffer();
    const first = rebuildRequest(original, { body: bytes });
    const second = rebuildRequest(original, { body: bytes });
    expect(first.redirect).toBe('error');
    expect(first.keepalive).toBe(true);
    expect(first.url).toBe('https://api.test/v1/messages');
    expect([await first.text(), await second.text()]).toEqual(['payload', 'payload']);
  });

  it('passes a stream body through (half duplex) when no body is given', async () => {
    const original = new Request('https://api.test/upload', {
      method: 'POST',
      body: new Blob(['streamed']).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(await rebuildRequest(original, { headers: new Headers({ authorization: 'Bearer t' }) }).text()).toBe(
      'streamed',
    );
  });
});
