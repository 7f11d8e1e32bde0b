/** The lines of a batch's results, produced on demand (so a large set is never held in memory). */
export interface ResultLines {
  count: number;
  /** The JSON text of line `index` (0-based), without its newline. */
  lineAt(index: number): string;
}

/**
 * A JSON Lines body of `lines`, cut into chunks of exactly `chunkBytes` bytes (the last one
 * shorter), so lines and multi-byte characters straddle chunk boundaries as they do on a network.
 * Lines are produced only when the reader asks for the next chunk: memory stays at one chunk plus
 * one line, and a reader that stops (cancel, or `signal` aborting) stops the production.
 *
 * @example
 * new Response(createResultsBody(lines, 65_536, request.signal), { headers: { 'content-type': 'application/binary' } });
 */
export function createResultsBody(
  lines: ResultLines,
  chunkBytes: number,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  let leftover = new Uint8Array(0);
  let onAbort: (() => void) | undefined;
  const stop = (): void => {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    onAbort = undefined;
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // A real fetch body errors with the abort reason when its request is aborted.
        onAbort = () => {
          stop();
          controller.error(signal?.reason);
        };
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      },
      pull(controller) {
        const pieces: Uint8Array[] = [leftover];
        let size = leftover.length;
        while (size < chunkBytes && index < lines.count) {
          const bytes = encoder.encode(`${lines.lineAt(index++)}\n`);
          pieces.push(bytes);
          size += bytes.length;
        }
        if (size === 0) {
          stop();
          controller.close();
          return;
        }
        const joined = concatenate(pieces, size);
        leftover = size > chunkBytes ? joined.slice(chunkBytes) : new Uint8Array(0);
        controller.enqueue(size > chunkBytes ? joined.subarray(0, chunkBytes) : joined);
      },
      cancel() {
        stop();
      },
    },
    // Nothing is produced ahead of the reader.
    { highWaterMark: 0 },
  );
}

function concatenate(pieces: readonly Uint8Array[], size: number): Uint8Array {
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.length;
  }
  return joined;
}
