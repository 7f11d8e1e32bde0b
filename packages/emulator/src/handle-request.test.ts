import { describe, expect, it } from 'vitest';
import { createEmulatorFetch } from './create-emulator-fetch.js';
import { API_HEADERS, BASE_URL, createMessageBody, getJson, postJson } from './testing/request-helpers.js';

const REQUEST_ID_PATTERN = /^req_[0-9A-Za-z]{24}$/;

describe('authentication', () => {
  it('requires x-api-key', async () => {
    const emulator = createEmulatorFetch();
    const response = await postJson(emulator, '/v1/messages', createMessageBody(), { headers: { 'x-api-key': '' } });
    // An empty header counts as sent; a missing one does not.
    expect(response.status).toBe(401);
    const { 'x-api-key': _removed, ...headersWithoutKey } = API_HEADERS;
    const missing = await emulator(`${BASE_URL}/v1/messages`, {
      method: 'POST',
      headers: headersWithoutKey,
      body: JSON.stringify(createMessageBody()),
    });
    expect(missing.status).toBe(401);
    const body = (await missing.json()) as Record<string, unknown>;
    expect(body).toEqual({
      type: 'error',
      error: { type: 'authentication_error', message: 'x-api-key header is required' },
      request_id: missing.headers.get('request-id'),
    });
  });

  it('rejects an unknown api key', async () => {
    const response = await postJson(createEmulatorFetch(), '/v1/messages', createMessageBody(), {
      headers: { 'x-api-key': 'sk-wrong' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { type: 'authentication_error', message: 'invalid x-api-key' },
    });
  });

  it('accepts a known bearer token and rejects an unknown one', async () => {
    const emulator = createEmulatorFetch({ authTokens: ['token-1'] });
    const { 'x-api-key': _removed, ...headers } = API_HEADERS;
    const accepted = await emulator(`${BASE_URL}/v1/models`, {
      headers: { ...headers, authorization: 'Bearer token-1' },
    });
    expect(accepted.status).toBe(200);
    const rejected = await emulator(`${BASE_URL}/v1/models`, {
      headers: { ...headers, authorization: 'Bearer nope' },
    });
    expect(rejected.status).toBe(401);
    expect(await rejected.json()).toMatchObject({ error: { type: 'authentication_error' } });
  });

  it('accepts an API key as a Bearer value (2026-10-21), and reports a wrong one as an invalid key', async () => {
    const { 'x-api-key': _removed, ...headers } = API_HEADERS;
    const emulator = createEmulatorFetch();
    const accepted = await emulator(`${BASE_URL}/v1/models`, {
      headers: { ...headers, authorization: 'Bearer sk-ant-emulator' },
    });
    expect(accepted.status).toBe(200);
    const rejected = await emulator(`${BASE_URL}/v1/models`, {
      headers: { ...headers, authorization: 'Bearer sk-ant-wrong' },
    });
    expect(rejected.status).toBe(401);
    expect(await rejected.json()).toMatchObject({
      error: { type: 'authentication_error', message: 'invalid x-api-key' },
    });
  });

  it('accepts the request when one of two credentials is valid', async () => {
    const response = await getJsonWith({ authorization: 'Bearer emulator-token', 'x-api-key': 'sk-ant-emulator' });
    expect(response.status).toBe(200);
  });

  it('skips authentication when requireAuth is false', async () => {
    const emulator = createEmulatorFetch({ requireAuth: false });
    const response = await emulator(`${BASE_URL}/v1/models`, { headers: { 'anthropic-version': '2023-06-01' } });
    expect(response.status).toBe(200);
  });
});

async function getJsonWith(headers: Record<string, string>): Promise<Response> {
  return createEmulatorFetch()(`${BASE_URL}/v1/models`, {
    headers: { 'anthropic-version': '2023-06-01', ...headers },
  });
}

describe('anthropic-version header', () => {
  it("serves 2026-10-21 and 2023-06-01 on /v1/messages, and refuses any other value with the API's words", async () => {
    const emulator = createEmulatorFetch();
    for (const version of ['2026-10-21', '2023-06-01']) {
      const response = await postJson(emulator, '/v1/messages', createMessageBody(), {
        headers: { 'anthropic-version': version },
      });
      expect(response.status).toBe(200);
    }
    const unknown = await postJson(emulator, '/v1/messages', createMessageBody(), {
      headers: { 'anthropic-version': '2026-01-01' },
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'anthropic-version: "2026-01-01" is not a valid version' },
      request_id: unknown.headers.get('request-id'),
    });
  });

  it('is required', async () => {
    const response = await postJson(createEmulatorFetch(), '/v1/messages', createMessageBody(), {
      headers: { 'anthropic-version': '' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' },
      request_id: response.headers.get('request-id'),
    });
  });
});

describe('routing', () => {
  it('answers unknown paths with 404 not_found_error', async () => {
    const response = await getJson(createEmulatorFetch(), '/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      type: 'error',
      error: { type: 'not_found_error', message: 'Not Found' },
    });
  });

  it('answers a wrong method with 405 and an allow header', async () => {
    const response = await getJson(createEmulatorFetch(), '/v1/messages');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('accepts and ignores ?beta=true', async () => {
    const response = await postJson(createEmulatorFetch(), '/v1/messages?beta=true', createMessageBody());
    expect(response.status).toBe(200);
  });
});

describe('every response', () => {
  it('carries a request-id, CORS headers and a JSON content type', async () => {
    const emulator = createEmulatorFetch();
    for (const response of [await getJson(emulator, '/v1/models'), await getJson(emulator, '/v1/unknown')]) {
      expect(response.headers.get('request-id')).toMatch(REQUEST_ID_PATTERN);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toContain('request-id');
      expect(response.headers.get('content-type')).toBe('application/json');
    }
  });

  it('gets a fresh request id', async () => {
    const emulator = createEmulatorFetch();
    const first = await getJson(emulator, '/v1/models');
    const second = await getJson(emulator, '/v1/models');
    expect(first.headers.get('request-id')).not.toBe(second.headers.get('request-id'));
  });
});

describe('CORS preflight', () => {
  it('answers 204 with the allowed SDK headers and consumes no fault', async () => {
    const emulator = createEmulatorFetch();
    emulator.fault({ status: 500 });
    const response = await emulator(`${BASE_URL}/v1/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    for (const header of [
      'anthropic-version',
      'x-api-key',
      'authorization',
      'anthropic-beta',
      'anthropic-dangerous-direct-browser-access',
      'x-stainless-retry-count',
      'content-type',
    ]) {
      expect(allowed).toContain(header);
    }
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await postJson(emulator, '/v1/messages', createMessageBody())).status).toBe(500);
  });
});

describe('recording', () => {
  it('records every request with parsed body, headers and query', async () => {
    const emulator = createEmulatorFetch();
    await postJson(emulator, '/v1/messages?beta=true', createMessageBody());
    await getJson(emulator, '/v1/models?limit=2');
    await postJson(emulator, '/v1/messages', 'not json');
    const [first, second, third] = emulator.requests;
    expect(first?.method).toBe('POST');
    expect(first?.path).toBe('/v1/messages');
    expect(first?.query.get('beta')).toBe('true');
    expect(first?.url).toBe(`${BASE_URL}/v1/messages?beta=true`);
    expect(first?.headers.get('anthropic-version')).toBe('2026-10-21');
    expect(first?.body).toEqual(createMessageBody());
    expect(first?.rawBody).toBe(JSON.stringify(createMessageBody()));
    expect(second?.body).toBeNull();
    expect(second?.rawBody).toBe('');
    expect(third?.body).toBe('not json');
  });

  it('reset clears requests, scripts and faults, keeping the same requests array', async () => {
    const emulator = createEmulatorFetch();
    const { requests } = emulator;
    emulator.script({ content: [{ type: 'text', text: 'scripted' }] });
    emulator.fault({ status: 500 });
    await getJson(emulator, '/v1/models');
    emulator.reset();
    expect(requests).toHaveLength(0);
    const response = await postJson(emulator, '/v1/messages', createMessageBody());
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).not.toContain('scripted');
    expect(emulator.requests).toBe(requests);
    expect(requests).toHaveLength(1);
  });

  it('works as an unbound fetch replacement taking a Request', async () => {
    const emulatorFetch: typeof globalThis.fetch = createEmulatorFetch();
    const response = await emulatorFetch.call(
      undefined,
      new Request(`${BASE_URL}/v1/models`, { headers: API_HEADERS }),
    );
    expect(response.status).toBe(200);
  });

  it('rejects like fetch when the signal is already aborted', async () => {
    const emulator = createEmulatorFetch();
    const controller = new AbortController();
    controller.abort();
    await expect(
      emulator(`${BASE_URL}/v1/models`, { headers: API_HEADERS, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(emulator.requests).toHaveLength(0);
  });
});
