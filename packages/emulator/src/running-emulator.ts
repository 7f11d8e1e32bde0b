/**
 * Types of `startEmulator` (the `@anth/emulator/node` entry): its options and the running emulator it
 * resolves to, one served emulator per backend.
 */
import type { BedrockEmulator, BedrockEmulatorOptions } from './backends/bedrock/types.js';
import type { Emulator, EmulatorBackendName, EmulatorOptions } from './types.js';

/**
 * The options each backend takes, by name: the first-party options for `anthropic`, `vertex` and
 * `foundry`, Bedrock's own for `bedrock`.
 *
 * @example
 * const bedrock: EmulatorBackendOptions['bedrock'] = { region: 'eu-west-1' };
 */
export interface EmulatorBackendOptions {
  /** The first-party API: accepted keys and tokens, models, stream chunking, batch schedule. */
  anthropic: EmulatorOptions;
  /** Amazon Bedrock: the AWS credentials whose SigV4 signatures it verifies, its API keys, its region. */
  bedrock: BedrockEmulatorOptions;
  /** Google Vertex AI: as the first-party options; `authTokens` are the accepted OAuth tokens. */
  vertex: EmulatorOptions;
  /** Microsoft Foundry: as the first-party options; `apiKeys` are the accepted Foundry keys, `authTokens` the Entra ID tokens. */
  foundry: EmulatorOptions;
}

/**
 * Options of `startEmulator`.
 *
 * @example
 * await startEmulator({ port: 4010, backends: ['anthropic', 'bedrock'] });
 * await startEmulator({ backends: { anthropic: { batchSchedule: 'manual' }, vertex: { authTokens: ['ya29.test'] } } });
 */
export interface StartEmulatorOptions<B extends EmulatorBackendName = EmulatorBackendName> {
  /**
   * The port of the first backend; each next backend listens on the next port (4010, 4011, …).
   * @default 0 (every backend on a free port the system picks)
   */
  port?: number;
  /** The interface to listen on. @default '127.0.0.1' */
  host?: string;
  /**
   * The services to serve, each on its own port, in this order: a list of names, or the names
   * mapped to their options (`true` for the defaults; a name mapped to `undefined` is left out).
   * @default ['anthropic']
   */
  backends?: readonly B[] | { readonly [K in B]?: EmulatorBackendOptions[K] | true | undefined };
}

/**
 * One backend served over HTTP: its {@link Emulator} controls plus `url`.
 *
 * @example
 * const client = new Anthropic({ baseURL: emulator.url, apiKey: 'sk-ant-emulator' });
 */
export interface ServedEmulator extends Emulator {
  /**
   * The base URL its clients take (no trailing slash): the origin, e.g. `http://127.0.0.1:43121`,
   * for the first-party API; `<origin>/v1` for Vertex AI; `<origin>/anthropic` for Foundry.
   */
  readonly url: string;
}

/**
 * The Bedrock backend served over HTTP: its {@link BedrockEmulator} controls plus `url`.
 *
 * @example
 * const client = new AnthropicBedrock({ awsRegion: 'us-east-1', baseURL: emulator.bedrock.url, awsAccessKey: 'AKIDEMULATOR', awsSecretKey: 'emulator-secret-access-key' });
 */
export interface ServedBedrockEmulator extends BedrockEmulator {
  /** The base URL its clients take: the origin, e.g. `http://127.0.0.1:43122`. */
  readonly url: string;
}

/**
 * The served emulator of each backend, by name.
 *
 * @example
 * const vertex: ServedEmulators['vertex'] = emulator.vertex;
 */
export interface ServedEmulators {
  anthropic: ServedEmulator;
  bedrock: ServedBedrockEmulator;
  vertex: ServedEmulator;
  foundry: ServedEmulator;
}

/**
 * What `startEmulator` resolves to. The first-party API's controls and `url` sit at the top (when it
 * is served), each cloud backend's under its name (`emulator.bedrock`, `emulator.vertex`,
 * `emulator.foundry`). `close()` stops every server; `reset()` resets every backend.
 *
 * @example
 * const emulator = await startEmulator({ backends: ['anthropic', 'bedrock'] });
 * emulator.script({ content: [{ type: 'text', text: 'first-party' }] });
 * emulator.bedrock.fault({ status: 429 });
 * await emulator.close();
 */
export type RunningEmulator<B extends EmulatorBackendName = 'anthropic'> = {
  /** Stops every server and destroys open connections (stalled streams included). */
  close(): Promise<void>;
  /** Resets every served backend: scripted turns, faults, recorded requests, stored state. */
  reset(): void;
} & { readonly [K in Exclude<B, 'anthropic'>]: ServedEmulators[K] } & ('anthropic' extends B
    ? ServedEmulator
    : unknown);
