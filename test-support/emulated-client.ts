/**
 * Helpers for the packages' tests against `@anth/emulator`: the client options of an SDK under test,
 * the credentials a test's requests carried, and a counting token provider. They are this SDK's test
 * conventions (no retries, no environment credentials), so they live here and not in the published
 * emulator; typed by shape, so this folder needs no dependency of its own.
 */

/** The key every emulator accepts unless `apiKeys` says otherwise (`EMULATOR_CREDENTIALS.apiKey`). */
const EMULATOR_API_KEY = 'sk-ant-emulator';

type EmulatorFetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * Options for an SDK client that talks to an in-process emulator (`createEmulatorFetch()`): the
 * emulator's default key, no environment credentials, no retries. Spread them first and override
 * what a test needs.
 *
 * @example
 * const emulator = createEmulatorFetch();
 * const client = new Anthropic({ ...emulatedClientOptions(emulator), logLevel: 'off' });
 */
export function emulatedClientOptions(emulator: EmulatorFetchLike): {
  apiKey: string;
  authToken: null;
  baseURL: string;
  fetch: EmulatorFetchLike;
  maxRetries: number;
} {
  return { apiKey: EMULATOR_API_KEY, authToken: null, baseURL: 'http://emulator.test', fetch: emulator, maxRetries: 0 };
}

/**
 * Options for an SDK client that talks to a served emulator (`startEmulator()`) over real sockets:
 * its URL, the emulator's default key, no environment credentials, no retries.
 *
 * @example
 * const emulator = await startEmulator();
 * const client = new Anthropic({ ...servedClientOptions(emulator), logLevel: 'off' });
 */
export function servedClientOptions(emulator: { readonly url: string }): {
  apiKey: string;
  authToken: null;
  baseURL: string;
  maxRetries: number;
} {
  return { apiKey: EMULATOR_API_KEY, authToken: null, baseURL: emulator.url, maxRetries: 0 };
}

/**
 * The `Authorization` header of every request the emulator saw, in order (`null` where absent).
 *
 * @example
 * expect(authorizations(emulator)).toEqual(['Bearer token-1', 'Bearer token-2']);
 */
export function authorizations(emulator: {
  readonly requests: ReadonlyArray<{ headers: Headers }>;
}): Array<string | null> {
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
