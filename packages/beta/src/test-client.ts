import { Anthropic, type ClientOptions } from '@anth/core';
import { createEmulatorFetch, type EmulatorFetch } from '@anth/emulator';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { emulatedClientOptions, servedClientOptions } from '../../../test-support/emulated-client.js';

/** A client wired to a fresh emulator through injected fetch (no sockets): for wire-logic tests. */
export function emulatedClient(options: ClientOptions = {}): { client: Anthropic; emulator: EmulatorFetch } {
  const emulator = createEmulatorFetch();
  return { client: new Anthropic({ ...emulatedClientOptions(emulator), logLevel: 'off', ...options }), emulator };
}

/**
 * A client talking to a fresh emulator served on 127.0.0.1 (real sockets, the global fetch). Close
 * the emulator when done.
 */
export async function servedClient(
  options: ClientOptions = {},
): Promise<{ client: Anthropic; emulator: RunningEmulator }> {
  const emulator = await startEmulator();
  const client = new Anthropic({ ...servedClientOptions(emulator), logLevel: 'off', ...options });
  return { client, emulator };
}
