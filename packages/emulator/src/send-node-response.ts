import type { ServerResponse } from 'node:http';

const DROP_GRACE_MS = 20;

/**
 * Writes a web `Response` to a node response: headers first (flushed at once, so a stalled stream
 * still delivers its status), then every body chunk as it comes, with chunked transfer encoding.
 * A body that errors (a `dropAfterEvents` fault) destroys the socket mid-response, and a client that
 * goes away cancels the body, which stops the emulator's timers.
 *
 * @example
 * await sendNodeResponse(await emulator(request), outgoing);
 */
export async function sendNodeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.flushHeaders();
  if (!response.body) {
    outgoing.end();
    return;
  }
  const reader = response.body.getReader();
  const cancelBody = (): void => {
    if (!outgoing.writableFinished) reader.cancel().catch(() => {});
  };
  outgoing.once('close', cancelBody);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Waiting for each write to reach the socket keeps events flowing one by one (and respects
      // backpressure), and guarantees they are out before a drop.
      await new Promise<void>((resolve) => outgoing.write(value, () => resolve()));
    }
    outgoing.end();
  } catch {
    // A fetch client discards body chunks it has not read yet when the connection breaks; the pause
    // lets it take the events sent before the drop, as it would on a real network.
    await new Promise((resolve) => setTimeout(resolve, DROP_GRACE_MS));
    outgoing.socket?.destroy();
  } finally {
    outgoing.off('close', cancelBody);
  }
}
