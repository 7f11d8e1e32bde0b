import { EMULATOR_CREDENTIALS } from '../../emulator-credentials.js';
import { takeFault } from '../../faults.js';
import { resolveOptions } from '../../resolve-options.js';
import type { RecordedRequest, ScriptedTurn } from '../../types.js';
import { handleBedrockRequest, type BedrockEmulatorState } from './handle-bedrock-request.js';
import type { BedrockEmulator, BedrockEmulatorFetch, BedrockEmulatorOptions, BedrockFault } from './types.js';

/**
 * Creates an emulator of the Amazon Bedrock runtime for Anthropic models: `POST
 * /model/{modelId}/invoke` and `/invoke-with-response-stream`, with SigV4 verified for real (service
 * `bedrock`) or a bearer API key, Bedrock's body rules and error shapes, and streams as binary
 * `application/vnd.amazon.eventstream` frames. Replies, scripts and faults work as on
 * the first-party emulator. The public door is `createEmulatorFetch({ backend: 'bedrock' })`.
 *
 * @example
 * const emulator = createBedrockEmulator({ region: 'us-east-1' });
 * const client = new AnthropicBedrock({ awsRegion: 'us-east-1', baseURL: 'http://bedrock.test',
 *   awsAccessKey: 'AKIDEMULATOR', awsSecretKey: 'emulator-secret-access-key', fetch: emulator });
 */
export function createBedrockEmulator(options: BedrockEmulatorOptions = {}): BedrockEmulatorFetch {
  const turns: ScriptedTurn[] = [];
  const faults: BedrockFault[] = [];
  const requests: RecordedRequest[] = [];
  const expiredTokens = new Set<string>();
  const state: BedrockEmulatorState = {
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? [EMULATOR_CREDENTIALS.aws],
    apiKeys: options.apiKeys ?? [EMULATOR_CREDENTIALS.bedrockApiKey],
    requireAuth: options.requireAuth ?? true,
    now: options.now ?? Date.now,
    isExpired: (token) => expiredTokens.has(token),
    options: resolveOptions({ models: options.models, chunkSize: options.chunkSize }),
    requests,
    takeTurn: () => turns.shift(),
    takeFault: (path) => takeFault(faults, path) as BedrockFault | undefined,
  };
  const controls: BedrockEmulator = {
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
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    handleBedrockRequest(new Request(input, init), state);
  return Object.assign(fetch, controls);
}
