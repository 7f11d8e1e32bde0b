import { readChunks } from './read-chunks.js';

/**
 * The lines of a response body as bytes arrive (the JSON Lines splitter). Lines end at `\n`, `\r\n`
 * or `\r`; UTF-8 is decoded across chunk boundaries; a last line without its line end comes out at
 * the end. Aborts, idle timeouts, failures and early exits follow {@link readChunks}; an abort also
 * stops the lines of a chunk already read.
 *
 * @example
 * for await (const line of readLines(response.body, controller.signal, 60_000)) console.log(line);
 */
export async function* readLines(
  body: ReadableStream<Uint8Array> | null,
  signal?: AbortSignal,
  idleTimeout = 0,
): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let rest = '';
  // for-await, so leaving early returns the chunk reader, which cancels the body.
  for await (const chunk of readChunks(body, signal, idleTimeout)) {
    // A `\r` at the very end of a chunk may be the first half of `\r\n`: it waits for the next one.
    const lines = (rest + decoder.decode(chunk, { stream: true })).split(/\r\n|\r(?!$)|\n/);
    rest = lines.pop() as string;
    for (const line of lines) {
      // Checked per line, not per chunk: aborting stops what was already read too.
      if (signal?.aborted) return;
      yield line;
    }
  }
  if (signal?.aborted) return;
  // The end: a held `\r` is a line end after all, and a last line needs none.
  const lines = (rest + decoder.decode()).split(/\r\n?|\n/);
  if (lines.at(-1) === '') lines.pop();
  yield* lines;
}
