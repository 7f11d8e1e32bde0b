// The loopback server's own process (forked by startLoopbackServer), so the CPU it spends serving
// is never counted against the SDK under test. It builds the big SSE body once, listens on
// 127.0.0.1 port 0 and sends `{ type: 'ready', port, sse }` to its parent over IPC. It exits when
// the parent disconnects (or dies).
import { createServer } from 'node:http';
import { requestHandler } from './request-handler.js';
import { sseBody } from './sse-body.js';

const { body, facts } = sseBody();
const handle = requestHandler(body);
const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    process.stderr.write(`loopback server: ${String(error)}\n`);
    response.destroy();
  });
});
// Longer than undici's 4 s idle timeout, so an idle keep-alive socket is always closed by the client
// side first and a reused socket is never closed under a request.
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ type: 'ready', port, sse: facts });
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
