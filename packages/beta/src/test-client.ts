import { Anthropic, type ClientOptions } from '@anth/core';
import { createEmulator, type Emulator } from '@anth-apps/emulator';

/** A client wired to a fresh emulator through injected fetch (no sockets): for wire-logic tests. */
export function emulatedClient(options: ClientOptions = {}): { client: Anthropic; emulator: Emulator } {
  const emulator = createEmulator();
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
