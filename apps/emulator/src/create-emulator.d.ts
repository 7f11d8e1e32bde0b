import type { Emulator, EmulatorOptions } from './types.js';
/**
 * Creates an emulator of the first-party Anthropic API. Its `fetch` is a drop-in `fetch`
 * replacement; serve it over HTTP with `startEmulatorServer`.
 *
 * @example
 * const emulator = createEmulator();
 * emulator.script({ content: [{ type: 'text', text: 'Hi!' }] });
 * const client = new Anthropic({ apiKey: 'sk-ant-emulator', fetch: emulator.fetch });
 */
export declare function createEmulator(options?: EmulatorOptions): Emulator;
