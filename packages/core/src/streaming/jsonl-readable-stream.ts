/**
 * The items of an iteration as newline-delimited JSON bytes (what `decodeJSONL` reads back), pulled
 * one item per read. Cancelling the readable stream returns the iterator (which aborts its request).
 *
 * @example
 * return new Response(toJSONLReadableStream(stream[Symbol.asyncIterator]()));
 */
export function toJSONLReadableStream(iterator: AsyncIterator<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    // A rejected pull errors the readable stream with the iteration's error.
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
