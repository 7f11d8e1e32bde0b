export { createEmulator } from './create-emulator.js';
export { startEmulatorServer } from './server.js';
export type { Emulator, EmulatorOptions, EmulatorServer, Fault, ModelInfo, RecordedRequest, ScriptedBlock, ScriptedTurn, } from './types.js';
