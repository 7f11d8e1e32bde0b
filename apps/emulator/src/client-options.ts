import type { Emulator } from './types.js';

/** The key every emulator accepts unless `apiKeys` says otherwise. */
export const EMULATOR_API_KEY = 'sk-ant-emulator';

/**
 * Options for an SDK client that talks to `emulator` through its injected `fetch` (no sockets): the
 * emulator's default key, no environment credentials, no retries. Spread them first and override
 * what a test needs. Plain values only, so the emulator does not depend on the SDK it emulates for.
 *
 * @example
 * const emulator = createEmulator();
 * const client = new Anthropic({ ...emulatedClientOptions(emulator), logLevel: 'off' });
 */
export function emulatedClientOptions(emulator: Pick<Emulator, 'fetch'>): {
  apiKey: string;
  authToken: null;
  baseURL: string;
  fetch: Emulator['fetch'];
  maxRetries: number;
} {
  return {
    apiKey: EMULATOR_API_KEY,
    authToken: null,
    baseURL: 'http://emulator.test',
    fetch: emulator.fetch,
    maxRetries: 0,
  };
}

/**
 * The `Authorization` header of every request the emulator saw, in order (`null` where absent).
 *
 * @example
 * expect(authorizations(emulator)).toEqual(['Bearer token-1', 'Bearer token-2']);
 */
export function authorizations(emulator: Pick<Emulator, 'requests'>): Array<string | null> {
  return emulator.requests.map((request) => request.headers.get('authorization'));
}

/** A counting token provider, from {@link mintingProvider}. */
export interface MintingProvider<Token> {
  provider: () => Promise<Token>;
  /** How many tokens were minted so far. */
  calls(): number;
  /** The first `count` tokens it mints, in order. */
  tokens(count: number): string[];
}

/**
 * A token provider minting `prefix-1`, `prefix-2`, … and counting its calls; with `lifetimeMs`, each
 * token comes as `{ token, expiresAt }` so caches can hold it.
 *
 * @example
 * const { provider, calls, tokens } = mintingProvider('entra');
 * // … after two requests: expect(calls()).toBe(2); expect(authorizations(emulator)).toEqual(tokens(2).map((t) => `Bearer ${t}`));
 */
export function mintingProvider(prefix: string): MintingProvider<string>;
export function mintingProvider(
  prefix: string,
  lifetimeMs: number | undefined,
): MintingProvider<string | { token: string; expiresAt: number }>;
export function mintingProvider(
  prefix: string,
  lifetimeMs?: number,
): MintingProvider<string | { token: string; expiresAt: number }> {
  let calls = 0;
  const provider = async (): Promise<string | { token: string; expiresAt: number }> => {
    calls += 1;
    const token = `${prefix}-${calls}`;
    return lifetimeMs === undefined ? token : { token, expiresAt: Date.now() + lifetimeMs };
  };
  return {
    provider,
    calls: () => calls,
    tokens: (count) => Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`),
  };
}
