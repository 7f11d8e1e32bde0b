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
export declare function startEmulatorServer(emulator?: Emulator, options?: {
    port?: number;
    host?: string;
}): Promise<EmulatorServer>;
