// Test-only helpers: wire-level bodies and fake transport props. Not exported from the package.
import { readFileSync } from 'node:fs';
import type { FinalRequestOptions } from '../client/options.js';
import type { APIResponseProps } from '../transport/response-props.js';

/** The raw text of `__fixtures__/<name>`. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
}

/** Rewrites `\n` line ends as `\r\n` or `\r`. */
export function withLineEnds(text: string, ending: '\n' | '\r\n' | '\r'): string {
  return text.replace(/\n/g, ending);
}

/**
 * Cuts bytes into chunks of the given sizes, cycling through them: odd sizes land inside multi-byte
 * UTF-8 characters and between `\r` and `\n`.
 */
export function splitBytes(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (let turn = 0; offset < bytes.length; turn++) {
    const size = Math.max(1, sizes[turn % sizes.length] ?? 1);
    chunks.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  return chunks;
}

/** What a test body does after its chunks: end, fail like a cut connection, or go silent. */
export type BodyEnding = 'close' | { error: unknown } | 'stall';

/** A test body: records whether it was cancelled (and the connection thus released). */
export interface TestBody {
  stream: ReadableStream<Uint8Array>;
  readonly cancelled: boolean;
}

/** A body that delivers `chunks` (one per pull, each after a macrotask) then ends as told. */
export function createBody(chunks: ReadonlyArray<Uint8Array | string>, ending: BodyEnding = 'close'): TestBody {
  const encoder = new TextEncoder();
  let index = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // A macrotask between chunks, as on a socket: lets aborts and timers interleave.
        await new Promise((resolve) => setImmediate(resolve));
        if (cancelled) return;
        const chunk = chunks[index++];
        if (chunk !== undefined) {
          controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
          return;
        }
        if (ending === 'close') controller.close();
        else if (ending === 'stall') await new Promise(() => {});
        else controller.error(ending.error);
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return {
    stream,
    get cancelled() {
      return cancelled;
    },
  };
}

/** An SSE `Response` of `text`, cut at the given byte sizes (default: a mix of odd sizes). */
export function sseResponse(
  text: string,
  options: { sizes?: readonly number[]; ending?: BodyEnding; headers?: Record<string, string> } = {},
): { response: Response; body: TestBody } {
  const body = createBody(
    splitBytes(new TextEncoder().encode(text), options.sizes ?? [7, 1, 13, 2, 31, 5]),
    options.ending,
  );
  const response = new Response(body.stream, {
    status: 200,
    headers: { 'content-type': 'text/event-stream', 'request-id': 'req_test_123', ...options.headers },
  });
  return { response, body };
}

/** Calls made to a fake {@link APIResponseProps}. */
export interface PropsCalls {
  release: number;
}

/** Fake transport props around `response`, as an attempt hands them to a parser. */
export function createProps(
  response: Response,
  options: { idleTimeout?: number; controller?: AbortController } = {},
): { props: APIResponseProps; calls: PropsCalls } {
  const calls: PropsCalls = { release: 0 };
  const requestOptions: FinalRequestOptions = { method: 'post', path: '/v1/messages', stream: true };
  const props: APIResponseProps = {
    response,
    options: requestOptions,
    controller: options.controller ?? new AbortController(),
    retriesTaken: 0,
    idleTimeout: options.idleTimeout ?? 0,
    release: () => {
      calls.release++;
    },
  };
  return { props, calls };
}

/** Collects every item of an async iterable. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** The `data` of each event of `text` whose name is among `names`, parsed: what a Stream must yield. */
export function expectedItems(text: string, names: readonly string[]): unknown[] {
  const items: unknown[] = [];
  for (const block of text.split(/\n\n/)) {
    const event = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (event && data !== undefined && names.includes(event)) items.push(JSON.parse(data));
  }
  return items;
}

/** The six message events a Stream yields. */
export const MESSAGE_EVENTS = [
  'message_start',
  'content_block_start',
  'content_block_delta',
  'content_block_stop',
  'message_delta',
  'message_stop',
] as const;
