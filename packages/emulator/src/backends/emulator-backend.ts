import type { ResolvedEmulatorOptions } from '../resolve-options.js';
import type { Route } from '../route-table.js';
import type { RecordedRequest } from '../types.js';

/**
 * What a backend's credential check sees: the request (its body already read), the recorded copy
 * with the parsed body, the raw body bytes (for signature checks) and the response's request id.
 */
export interface BackendRequest {
  request: Request;
  recorded: RecordedRequest;
  bodyBytes: Uint8Array;
  requestId: string;
}

/**
 * A cloud backend in front of the emulated API: its URL layout (routes whose handlers check and
 * translate the backend's request, then answer with the first-party handlers) and its way of
 * checking credentials. Without a backend the emulator is the first-party API.
 *
 * @example
 * const backend: EmulatorBackend = { routes, authenticate: () => undefined, requiresVersionHeader: false };
 */
export interface EmulatorBackend {
  /** Replaces the first-party route table. */
  routes: Route[];
  /**
   * Checks credentials the backend's way. Returns the rejection (401/403, in the backend's error
   * shape), or undefined to let the request through. May be async (signature checks).
   */
  authenticate(input: BackendRequest): Response | undefined | Promise<Response | undefined>;
  /** True when requests must carry the `anthropic-version` header, as on the first-party wire. */
  requiresVersionHeader: boolean;
}

/** What a backend is built from: the emulator's options and its credential state. */
export interface BackendContext {
  options: ResolvedEmulatorOptions;
  /** True for a token or key retired with `emulator.expireToken()`. */
  isExpired(credential: string): boolean;
}
