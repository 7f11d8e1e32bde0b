import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { SseFacts } from './sse-body.js';

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, with no trailing slash. */
  url: string;
  /** What the streamed reply holds, to check each SDK's result against. */
  sse: SseFacts;
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * Forks the loopback server (dist/loopback-server.mjs, beside the bundled dist/main.mjs) in
 * its own process and waits until it listens.
 *
 * @example
 * const server = await startLoopbackServer();
 * try { await fetch(`${server.url}/v1/messages`, init); } finally { await server.close(); }
 */
export async function startLoopbackServer(): Promise<LoopbackServer> {
  const entry = fileURLToPath(new URL('./loopback-server.mjs', import.meta.url));
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const ready = new Promise<{ port: number; sse: SseFacts }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the loopback server did not start')), READY_TIMEOUT_MS);
    child.once('message', (message: { type?: string; port: number; sse: SseFacts }) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve(message);
      else reject(new Error(`unexpected message from the loopback server: ${JSON.stringify(message)}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the loopback server exited with code ${code}`));
    });
  });
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.disconnect();
    await exited;
  };
  try {
    const { port, sse } = await ready;
    return { url: `http://127.0.0.1:${port}`, sse, close };
  } catch (error) {
    child.kill();
    throw error;
  }
}
