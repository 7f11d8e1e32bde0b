import { events } from 'fetch-event-stream';
import { API_KEY } from './request-params.js';

// The hand-written floor: what a request costs with nothing but the platform's fetch and JSON.parse
// (and fetch-event-stream for SSE, the parser @anth/core itself builds on). No retries, no
// timeouts, no error mapping, no types: the least any client could do.

const HEADERS = {
  'content-type': 'application/json',
  authorization: `Bearer ${API_KEY}`,
  'anthropic-version': '2026-10-21',
};

/**
 * POSTs `params` to `/v1/messages` and parses the JSON reply.
 *
 * @example
 * const message = await floorCreate(server.url, PARAMS);
 */
export async function floorCreate(baseURL: string, params: object): Promise<unknown> {
  const response = await fetch(`${baseURL}/v1/messages`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify(params),
  });
  if (!response.ok) throw new Error(`floor: HTTP ${response.status}`);
  return JSON.parse(await response.text());
}

/**
 * POSTs `params` with `stream: true`, parses every event's data with JSON.parse and returns how
 * many were not `ping` (the count an SDK's raw stream yields).
 *
 * @example
 * const count = await floorStreamEvents(server.url, PARAMS);
 */
export async function floorStreamEvents(baseURL: string, params: object): Promise<number> {
  const response = await fetch(`${baseURL}/v1/messages`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({ ...params, stream: true }),
  });
  if (!response.ok) throw new Error(`floor: HTTP ${response.status}`);
  let count = 0;
  for await (const event of events(response)) {
    if (!event.data) continue;
    const data = JSON.parse(event.data) as { type?: string };
    if (data.type !== 'ping') count++;
  }
  return count;
}
