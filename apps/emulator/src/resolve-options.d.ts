import type { EmulatorOptions, ModelInfo } from './types.js';
/** {@link EmulatorOptions} with every default filled in. */
export interface ResolvedEmulatorOptions {
    apiKeys: readonly string[];
    authTokens: readonly string[];
    requireAuth: boolean;
    /** Sorted newest first, as the list endpoint serves them. */
    models: readonly ModelInfo[];
    chunkSize: number;
}
/** The api key printed by the CLI and accepted by default. */
export declare const DEFAULT_API_KEY = "sk-ant-emulator";
/** The bearer token accepted by default. */
export declare const DEFAULT_AUTH_TOKEN = "emulator-token";
/**
 * Fills in defaults and checks the options once, so request handling never has to.
 *
 * @example
 * resolveOptions({ chunkSize: 4 }).apiKeys; // ['sk-ant-emulator']
 */
export declare function resolveOptions(options?: EmulatorOptions): ResolvedEmulatorOptions;
