export { createEmulator } from './create-emulator.js';
export {
  authorizations,
  EMULATOR_API_KEY,
  emulatedClientOptions,
  mintingProvider,
  type MintingProvider,
} from './client-options.js';
export { startEmulatorServer } from './server.js';
export type {
  BatchRequestOutcome,
  BatchSchedule,
  Emulator,
  EmulatorBatches,
  EmulatorFiles,
  EmulatorBackendName,
  EmulatorOptions,
  EmulatorServer,
  Fault,
  ModelInfo,
  RecordedRequest,
  ScriptedBlock,
  ScriptedTurn,
  SyntheticBatchOptions,
} from './types.js';
export { createBedrockEmulator } from './backends/bedrock/create-bedrock-emulator.js';
export {
  encodeEventStreamFrame,
  type EventStreamFrame,
} from './backends/bedrock/encode-event-stream-frame.js';
export type {
  AwsTestCredentials,
  BedrockEmulator,
  BedrockEmulatorOptions,
  BedrockFault,
} from './backends/bedrock/types.js';
