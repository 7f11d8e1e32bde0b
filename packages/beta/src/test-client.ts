import { Anthropic, type ClientOptions } from '@anth/core';
import {
  createEmulator,
  emulatedClientOptions,
  startEmulatorServer,
  type Emulator,
  type EmulatorServer,
} from '@anth-apps/emulator';

/** A client wired to a fresh emulator through injected fetch (no sockets): for wire-logic tests. */
export function emulatedClient(options: ClientOptions = {}): { client: Anthropic; emulator: Emulator } {
  const emulator = createEmulator();
  return { client: new Anthropic({ ...emulatedClientOptions(emulator), logLevel: 'off', ...options }), emulator };
}

/**
 * A client talking to a fresh emulator served on 127.0.0.1 (real sockets, the global fetch). Close
 * the server when done.
 */
export async function servedClient(
  options: ClientOptions = {},
): Promise<{ client: Anthropic; emulator: Emulator; server: EmulatorServer }> {
  const server = await startEmulatorServer();
  const client = new Anthropic({
    ...emulatedClientOptions(server.emulator),
    fetch: undefined,
    baseURL: server.url,
    logLevel: 'off',
    ...options,
  });
  return { client, emulator: server.emulator, server };
}
