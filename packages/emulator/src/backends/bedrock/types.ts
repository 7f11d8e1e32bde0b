import type { Emulator, FetchFunction, Fault, ModelInfo } from '../../types.js';

/**
 * AWS credentials the Bedrock emulator accepts for SigV4.
 *
 * @example
 * const credentials: AwsTestCredentials = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret', sessionToken: 'token-1' };
 */
export interface AwsTestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** When set, requests must send it as `x-amz-security-token`. */
  sessionToken?: string | undefined;
}

/**
 * Options of the Amazon Bedrock backend: `createEmulatorFetch({ backend: 'bedrock', ...options })`,
 * or `startEmulator({ backends: { bedrock: options } })`.
 *
 * @example
 * const emulator = createEmulatorFetch({ backend: 'bedrock', region: 'eu-west-1', credentials: [{ accessKeyId: 'AKID', secretAccessKey: 'secret' }] });
 */
export interface BedrockEmulatorOptions {
  /** The region the emulator serves; SigV4 scopes must name it. @default 'us-east-1' */
  region?: string;
  /** Accepted SigV4 credentials. @default [{ accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret-access-key' }] */
  credentials?: AwsTestCredentials[];
  /** Accepted Bedrock API keys (`Authorization: Bearer <key>`). @default ['bedrock-api-key-emulator'] */
  apiKeys?: string[];
  /** When false, requests are served without any credential check. @default true */
  requireAuth?: boolean;
  /** The server clock for signature dates, in ms since the epoch. @default Date.now */
  now?: () => number;
  /** Models served (by their first-party ids; Bedrock ids map onto them). @default the first-party emulator's */
  models?: ModelInfo[];
  /** Characters per text / thinking / JSON delta in streams. @default 8 */
  chunkSize?: number;
}

/**
 * A fault for the Bedrock emulator: every first-party {@link Fault} (HTTP errors are sent in Bedrock's
 * shape, an `sseErrorAfterEvents` error becomes an exception frame), plus frame-level faults.
 *
 * @example
 * emulator.fault({ status: 429 });                                        // 429 ThrottlingException
 * emulator.fault({ sseErrorAfterEvents: 2, errorType: 'rate_limit_error' }); // throttlingException frame
 * emulator.fault({ corruptFrameAfterEvents: 3 });                          // 4th frame has a bad CRC
 */
export type BedrockFault = Fault & {
  /** The Bedrock exception name of the HTTP error or exception frame; default from the status / `errorType`. */
  exceptionType?: string;
  /** Stream: after N event frames, a frame whose message CRC is wrong, then the end. */
  corruptFrameAfterEvents?: number;
  /** Stream: after N event frames, the first half of the next frame, then a clean end. */
  truncateFrameAfterEvents?: number;
};

/**
 * What a test controls of the emulated Bedrock runtime: scripted replies (as on the first-party
 * emulator), faults (with Bedrock's own frame faults), recorded requests and credentials to expire.
 *
 * @example
 * bedrock.script({ content: [{ type: 'text', text: 'From Bedrock' }] });
 * bedrock.fault({ status: 429 }); // 429 ThrottlingException
 */
export interface BedrockEmulator extends Pick<Emulator, 'script' | 'requests' | 'reset'> {
  /** Queues faults for the next requests (FIFO, one per request, respecting `match`). */
  fault(...faults: BedrockFault[]): void;
  /**
   * From now on, requests signed with this access key id or session token, or presenting this API
   * key, get `403 ExpiredTokenException`; other credentials still work (so a client that fetches new
   * ones recovers). Cleared by `reset()`.
   */
  expireToken(token: string): void;
}

/**
 * An in-process Bedrock emulator: a `fetch` speaking the Bedrock runtime wire (`/model/{id}/invoke`,
 * SigV4 or bearer auth, eventstream frames), with the {@link BedrockEmulator} controls on it.
 *
 * @example
 * const bedrock = createEmulatorFetch({ backend: 'bedrock' });
 * const client = new AnthropicBedrock({ awsRegion: 'us-east-1', awsAccessKey: 'AKIDEMULATOR',
 *   awsSecretKey: 'emulator-secret-access-key', fetch: bedrock });
 */
export type BedrockEmulatorFetch = FetchFunction & BedrockEmulator;
