import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toWebRequest } from './to-web-request.js';
import { sendNodeResponse } from './send-node-response.js';
import type { FetchFunction } from './types.js';

/** A fetch handler listening on `node:http`. */
export interface FetchServer {
  /** The origin it listens on, without a trailing slash, e.g. `http://127.0.0.1:43121`. */
  origin: string;
  /** Stops listening and destroys open connections (stalled streams included). */
  close(): Promise<void>;
}

/**
 * Serves a fetch handler over `node:http` (default 127.0.0.1, a free port). Faults that break
 * connections really break them here: `dropConnection` and `dropAfterEvents` destroy the socket,
 * `stallAfterEvents` keeps it open. `close()` destroys every open connection, so tests never hang
 * on a stalled stream.
 *
 * @example
 * const server = await serveFetch(createEmulatorFetch(), { port: 0 });
 * await server.close();
 */
export async function serveFetch(
  handler: FetchFunction,
  options: { port?: number | undefined; host?: string | undefined } = {},
): Promise<FetchServer> {
  const host = options.host ?? '127.0.0.1';
  // Loaded on first use, so importing `@anth/emulator/node` loads no Node built-in until a server starts.
  const { createServer } = await import('node:http');
  const server = createServer((incoming, outgoing) => {
    void serveRequest(handler, incoming, outgoing);
  });
  // SSE events are small writes; without this, Nagle's algorithm would hold them back.
  server.on('connection', (socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return { origin: `http://${urlHost}:${port}`, close: () => closeServer(server) };
}

async function serveRequest(
  handler: FetchFunction,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  // Aborts the emulator's work (latency waits, streams) when the client disconnects early.
  const clientGone = new AbortController();
  outgoing.once('close', () => {
    if (!outgoing.writableFinished)
      clientGone.abort(new DOMException('The client closed the connection', 'AbortError'));
  });
  let response: Response;
  try {
    response = await handler(await toWebRequest(incoming, clientGone.signal));
  } catch {
    // dropConnection, or the client vanished while we waited: end without any response.
    incoming.socket.destroy();
    return;
  }
  try {
    await sendNodeResponse(response, outgoing);
  } catch {
    // A socket that died while writing headers: nothing left to tell the client.
    incoming.socket.destroy();
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close((error) => (error ? reject(error) : resolve()));
    // close() alone waits for keep-alive and stalled connections; these must not hold tests up.
    server.closeAllConnections();
  });
}
