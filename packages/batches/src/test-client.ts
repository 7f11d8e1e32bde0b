import { Anthropic, type ClientOptions } from '@anth/core';
import { createEmulator, type Emulator, type EmulatorOptions } from '@anth-apps/emulator';

/** A client wired to a fresh emulator through injected fetch (no sockets): for wire-logic tests. */
export function emulatedClient(options: ClientOptions = {}, emulatorOptions: EmulatorOptions = { batchSchedule: 'manual' }): { client: Anthropic; emulator: Emulator } {
  const emulator = createEmulator(emulatorOptions);
  const client = new Anthropic({
    apiKey: 'sk-ant-emulator',
    authToken: null,
    baseURL: 'http://emulator.test',
    fetch: (input, init) => emulator.fetch(new Request(input, init)),
    maxRetries: 0,
    logLevel: 'off',
    ...options,
  });
  return { client, emulator };
}
