import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchId } from './batch-payloads.js';
import { requestHandler } from './request-handler.js';
import { SMALL_MESSAGE_ID } from './small-message.js';

describe('the loopback server routes', () => {
  const sse = Buffer.from('event: message_stop\ndata: {"type":"message_stop"}\n\n');
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const handle = requestHandler(sse);
    server = createServer((request, response) => void handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

  it('answers a create with the small message, whatever credential and version it sends', async () => {
    const credentials: Record<string, string>[] = [
      { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
      { authorization: 'Bearer k', 'anthropic-version': '2026-10-21' },
      {},
    ];
    for (const headers of credentials) {
      const response = await post('/v1/messages', { model: 'm', max_tokens: 1, messages: [] }, headers);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { id: string }).id).toBe(SMALL_MESSAGE_ID);
    }
  });

  it('streams the SSE body when the create asks for stream: true', async () => {
    const response = await post('/v1/messages', { stream: true });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(Buffer.from(await response.arrayBuffer()).equals(sse)).toBe(true);
  });

  it('answers Bedrock InvokeModel with the small message', async () => {
    const response = await post('/model/anthropic.claude-opus-4-6-v1/invoke', { max_tokens: 1 });
    expect(((await response.json()) as { id: string }).id).toBe(SMALL_MESSAGE_ID);
  });

  it('serves an ended batch whose results_url streams one JSON line per result', async () => {
    const batch = (await (await fetch(`${url}/v1/messages/batches/${batchId(700)}`)).json()) as {
      processing_status: string;
      results_url: string;
    };
    expect(batch.processing_status).toBe('ended');
    expect(batch.results_url).toBe(`${url}/v1/messages/batches/${batchId(700)}/results`);
    const lines = (await (await fetch(batch.results_url)).text()).split('\n').filter(Boolean);
    expect(lines).toHaveLength(700);
    const last = JSON.parse(lines[699] ?? '') as { custom_id: string; result: { type: string } };
    expect(last).toMatchObject({ custom_id: 'request-699', result: { type: 'succeeded' } });
    expect(lines[0]?.length).toBeGreaterThan(1_000);
  });

  it('answers anything else with a 404 in the API error shape', async () => {
    const response = await fetch(`${url}/v1/messages/batches/msgbatch_other`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
  });
});
