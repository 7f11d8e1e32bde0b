// @anth/emulator: the emulator as a fetch handler, with its scripting controls and types. Web
// standards only (no Node built-in), so it runs unchanged in Node, Deno, Bun, workers and browsers;
// the HTTP server is `@anth/emulator/node`.
export { createEmulatorFetch, type EmulatorFetchOptions } from './create-emulator-fetch.js';
export { EMULATOR_CREDENTIALS } from './emulator-credentials.js';
export type {
  BatchRequestOutcome,
  BatchSchedule,
  Emulator,
  EmulatorBackendName,
  EmulatorBatches,
  EmulatorFetch,
  EmulatorFiles,
  EmulatorOptions,
  EmulatorThreads,
  Fault,
  FetchFunction,
  ModelInfo,
  RecordedRequest,
  ScriptedBlock,
  ScriptedTurn,
  SyntheticBatchOptions,
} from './types.js';
export type {
  AwsTestCredentials,
  BedrockEmulator,
  BedrockEmulatorFetch,
  BedrockEmulatorOptions,
  BedrockFault,
} from './backends/bedrock/types.js';
export {
  encodeEventStreamFrame,
  type EventStreamFrame,
} from './backends/bedrock/encode-event-stream-frame.js';
