import { takeFault } from '../../faults.js';
import { resolveOptions } from '../../resolve-options.js';
import type { RecordedRequest, ScriptedTurn } from '../../types.js';
import { handleBedrockRequest, type BedrockEmulatorState } from './handle-bedrock-request.js';
import type { BedrockEmulator, BedrockEmulatorOptions, BedrockFault } from './types.js';

/** The SigV4 credentials accepted by default. */
export const DEFAULT_AWS_CREDENTIALS = {
  accessKeyId: 'AKIDEMULATOR',
  secretAccessKey: 'emulator-secret-access-key',
} as const;

/** The Bedrock API key (bearer) accepted by default. */
export const DEFAULT_BEDROCK_API_KEY = 'bedrock-api-key-emulator';

/**
 * Creates an emulator of the Amazon Bedrock runtime for Anthropic models: `POST
 * /model/{modelId}/invoke` and `/invoke-with-response-stream`, with SigV4 verified for real (service
 * `bedrock`) or a bearer API key, Bedrock's body rules and error shapes, and streams as binary
 * `application/vnd.amazon.eventstream` frames. Replies, scripts and faults work as on
 * `createEmulator()`; serve it over HTTP with `startEmulatorServer(emulator)`.
 *
 * @example
 * const emulator = createBedrockEmulator({ region: 'us-east-1' });
 * const client = new AnthropicBedrock({ awsRegion: 'us-east-1', baseURL: 'http://bedrock.test',
 *   awsAccessKey: 'AKIDEMULATOR', awsSecretKey: 'emulator-secret-access-key', fetch: emulator.fetch });
 */
export function createBedrockEmulator(options: BedrockEmulatorOptions = {}): BedrockEmulator {
  const turns: ScriptedTurn[] = [];
  const faults: BedrockFault[] = [];
  const requests: RecordedRequest[] = [];
  const expiredTokens = new Set<string>();
  const state: BedrockEmulatorState = {
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? [DEFAULT_AWS_CREDENTIALS],
    apiKeys: options.apiKeys ?? [DEFAULT_BEDROCK_API_KEY],
    requireAuth: options.requireAuth ?? true,
    now: options.now ?? Date.now,
    isExpired: (token) => expiredTokens.has(token),
    options: resolveOptions({ models: options.models, chunkSize: options.chunkSize }),
    requests,
    takeTurn: () => turns.shift(),
    takeFault: (path) => takeFault(faults, path) as BedrockFault | undefined,
  };
  return {
    fetch: async (input, init) => handleBedrockRequest(new Request(input, init), state),
    script: (...newTurns) => {
      turns.push(...newTurns);
    },
    fault: (...newFaults) => {
      faults.push(...newFaults);
    },
    requests,
    reset: () => {
      turns.length = 0;
      faults.length = 0;
      requests.length = 0;
      expiredTokens.clear();
    },
    expireToken: (token) => {
      expiredTokens.add(token);
    },
  };
}
