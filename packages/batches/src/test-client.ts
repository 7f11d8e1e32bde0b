import { Anthropic, type ClientOptions } from '@anth/core';
import { createEmulator, emulatedClientOptions, type Emulator, type EmulatorOptions } from '@anth-apps/emulator';

/** A client wired to a fresh emulator through injected fetch (no sockets): for wire-logic tests. */
export function emulatedClient(
  options: ClientOptions = {},
  emulatorOptions: EmulatorOptions = { batchSchedule: 'manual' },
): { client: Anthropic; emulator: Emulator } {
  const emulator = createEmulator(emulatorOptions);
  return { client: new Anthropic({ ...emulatedClientOptions(emulator), logLevel: 'off', ...options }), emulator };
}
