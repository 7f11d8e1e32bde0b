// @anth/emulator/node: the emulator over HTTP (`node:http`, loaded when a server starts, so importing
// this entry loads no Node built-in). Node, Bun and Deno serve it; the fetch handler and the types of
// its controls are `@anth/emulator`.
export { startEmulator } from './start-emulator.js';
export type {
  EmulatorBackendOptions,
  RunningEmulator,
  ServedBedrockEmulator,
  ServedEmulator,
  ServedEmulators,
  StartEmulatorOptions,
} from './running-emulator.js';
