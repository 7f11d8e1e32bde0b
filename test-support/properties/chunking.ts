import fc from 'fast-check';

/**
 * How a body is cut into the chunks a `ReadableStream` delivers: at fractions of its length
 * (empty chunks included), or in pieces of a fixed small size (one byte at a time included).
 */
export type Chunking = { cutAt: number[] } | { every: number };

export const chunking: fc.Arbitrary<Chunking> = fc.oneof(
  fc.record({ cutAt: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 24 }) }),
  fc.record({ every: fc.integer({ min: 1, max: 9 }) }),
);

/**
 * The chunks of `bytes` under `how`.
 *
 * @example
 * chunksOf(new Uint8Array([1, 2, 3]), { every: 2 }); // [[1, 2], [3]]
 */
export function chunksOf(bytes: Uint8Array, how: Chunking): Uint8Array[] {
  if ('every' in how) {
    const chunks: Uint8Array[] = [];
    for (let offset = 0; offset < bytes.length; offset += how.every)
      chunks.push(bytes.slice(offset, offset + how.every));
    return chunks;
  }
  const positions = how.cutAt.map((fraction) => Math.floor(fraction * bytes.length)).sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const position of positions) {
    chunks.push(bytes.slice(start, position));
    start = position;
  }
  chunks.push(bytes.slice(start));
  return chunks;
}

/**
 * A body that delivers `chunks` one per read, as a network would, then closes.
 *
 * @example
 * new Response(readableOf(chunksOf(bytes, how)), { headers: { 'content-type': 'text/event-stream' } });
 */
export function readableOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}
