import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator } from './create-emulator.js';
import { toWebRequest } from './to-web-request.js';
import { sendNodeResponse } from './send-node-response.js';
import type { Emulator, EmulatorServer } from './types.js';

/**
 * Serves an emulator over `node:http` (default 127.0.0.1, a free port). Faults that break
 * connections really break them here: `dropConnection` and `dropAfterEvents` destroy the socket,
 * `stallAfterEvents` keeps it open. `close()` destroys every open connection, so tests never hang
 * on a stalled stream.
 *
 * @example
 * const server = await startEmulatorServer(createEmulator(), { port: 0 });
 * const client = new Anthropic({ baseURL: server.url, apiKey: 'sk-ant-emulator' });
 * await server.close();
 */
export function startEmulatorServer(
  emulator?: Emulator,
  options?: { port?: number; host?: string },
): Promise<EmulatorServer>;
/** Serves any emulator with a fetch handler, e.g. `createBedrockEmulator()`. */
export function startEmulatorServer<E extends Pick<Emulator, 'fetch'>>(
  emulator: E,
  options?: { port?: number; host?: string },
): Promise<EmulatorServer<E>>;
export async function startEmulatorServer(
  emulator: Pick<Emulator, 'fetch'> = createEmulator(),
  options: { port?: number; host?: string } = {},
): Promise<EmulatorServer<Pick<Emulator, 'fetch'>>> {
  const host = options.host ?? '127.0.0.1';
  // Loaded on first use, so importing the package (for the fetch handler alone) works on runtimes
  // without node:http, such as edge runtimes.
  const { createServer } = await import('node:http');
  const server = createServer((incoming, outgoing) => {
    void serveRequest(emulator, incoming, outgoing);
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
  return { url: `http://${urlHost}:${port}`, emulator, close: () => closeServer(server) };
}

async function serveRequest(
  emulator: Pick<Emulator, 'fetch'>,
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
    response = await emulator.fetch(await toWebRequest(incoming, clientGone.signal));
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
