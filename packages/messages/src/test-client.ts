import { Anthropic, type ClientOptions } from '@anth/core';
import { createEmulatorFetch, type EmulatorFetch } from '@anth/emulator';
import { emulatedClientOptions } from '../../../test-support/emulated-client.js';

/** A client wired to a fresh emulator through injected fetch (no sockets): for wire-logic tests. */
export function emulatedClient(options: ClientOptions = {}): { client: Anthropic; emulator: EmulatorFetch } {
  const emulator = createEmulatorFetch();
  return { client: new Anthropic({ ...emulatedClientOptions(emulator), ...options }), emulator };
}
