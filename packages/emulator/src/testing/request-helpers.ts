/**
 * Helpers shared by the tests: building API requests and reading SSE bodies. Not part of the
 * package surface (only `src/index.ts` is).
 */
import type { FetchFunction } from '../types.js';

export const BASE_URL = 'http://emulator.test';

/** The headers an SDK sends on every request (a hand-set `x-api-key`, which the API still takes). */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'x-api-key': 'sk-ant-emulator',
  'anthropic-version': '2026-10-21',
  'content-type': 'application/json',
};

/** A minimal valid `POST /v1/messages` body. */
export function createMessageBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Hello there' }],
    ...overrides,
  };
}

/**
 * POSTs JSON (or a raw string) to the emulator's handler.
 *
 * @example
 * const response = await postJson(emulator, '/v1/messages', createMessageBody());
 */
export function postJson(
  emulator: FetchFunction,
  path: string,
  body: unknown,
  options: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Response> {
  return emulator(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: { ...API_HEADERS, ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** GETs a path from the emulator's handler with the API headers. */
export function getJson(emulator: FetchFunction, path: string): Promise<Response> {
  return emulator(`${BASE_URL}${path}`, { headers: API_HEADERS });
}

/** A parsed SSE event. */
export interface ParsedEvent {
  event: string;
  data: Record<string, unknown>;
}

/**
 * Parses a complete SSE text (as the emulator frames it) into events.
 *
 * @example
 * parseServerSentEvents('event: ping\ndata: {"type":"ping"}\n\n'); // [{ event: 'ping', data: { type: 'ping' } }]
 */
export function parseServerSentEvents(text: string): ParsedEvent[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim() !== '')
    .map((frame) => {
      const lines = frame.split('\n');
      const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? '';
      const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? 'null';
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

/** Reads a whole SSE response body and parses it. */
export async function readServerSentEvents(response: Response): Promise<ParsedEvent[]> {
  return parseServerSentEvents(await response.text());
}

/** The `delta` objects of the content_block_delta events of one block. */
export function deltasOfBlock(events: readonly ParsedEvent[], index: number): Array<Record<string, unknown>> {
  return events
    .filter((event) => event.event === 'content_block_delta' && event.data['index'] === index)
    .map((event) => event.data['delta'] as Record<string, unknown>);
}

/**
 * Reads a stream's chunks until it ends or errors, returning what arrived and the error, if any.
 *
 * @example
 * const { text, error } = await readUntilError(response.body!);
 */
export async function readUntilError(body: ReadableStream<Uint8Array>): Promise<{ text: string; error: unknown }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, error: undefined };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
}
