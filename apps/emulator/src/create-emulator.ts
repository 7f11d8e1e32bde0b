import { takeFault } from './faults.js';
import { handleRequest, type EmulatorState } from './handle-request.js';
import { resolveOptions } from './resolve-options.js';
import { createRouteTable } from './route-table.js';
import type { Emulator, EmulatorOptions, Fault, RecordedRequest, ScriptedTurn } from './types.js';

/**
 * Creates an emulator of the first-party Anthropic API. Its `fetch` is a drop-in `fetch`
 * replacement; serve it over HTTP with `startEmulatorServer`.
 *
 * @example
 * const emulator = createEmulator();
 * emulator.script({ content: [{ type: 'text', text: 'Hi!' }] });
 * const client = new Anthropic({ apiKey: 'sk-ant-emulator', fetch: emulator.fetch });
 */
export function createEmulator(options?: EmulatorOptions): Emulator {
  const turns: ScriptedTurn[] = [];
  const faults: Fault[] = [];
  const requests: RecordedRequest[] = [];
  const state: EmulatorState = {
    options: resolveOptions(options),
    routes: createRouteTable(),
    requests,
    takeTurn: () => turns.shift(),
    takeFault: (path) => takeFault(faults, path),
  };

  return {
    // An arrow function, so `fetch: emulator.fetch` works without binding; async, so a bad URL
    // rejects like fetch instead of throwing.
    fetch: async (input, init) => handleRequest(new Request(input, init), state),
    script: (...newTurns) => {
      turns.push(...newTurns);
    },
    fault: (...newFaults) => {
      faults.push(...newFaults);
    },
    requests,
    reset: () => {
      // Emptied in place, so a reference to `requests` taken earlier stays live.
      turns.length = 0;
      faults.length = 0;
      requests.length = 0;
    },
  };
}
