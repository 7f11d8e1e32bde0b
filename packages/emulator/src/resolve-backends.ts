import { checkBackendName, describeValue } from './emulator-backend-names.js';
import type { EmulatorFetchOptions } from './create-emulator-fetch.js';
import type { EmulatorBackendName } from './types.js';

/** One backend to serve: its name, and what `createEmulatorFetch` takes to emulate it. */
export interface BackendPlan {
  name: EmulatorBackendName;
  fetchOptions: EmulatorFetchOptions;
}

/**
 * Turns `startEmulator`'s `backends` (names, or names mapped to options, `true` or `undefined`) into
 * the list of backends to serve, in order. Throws a RangeError or TypeError naming the bad entry: an unknown
 * name, a name given twice, options that are not an object, or no backend at all.
 *
 * @example
 * resolveBackends(['anthropic', 'bedrock']); // [{ name: 'anthropic', fetchOptions: { backend: 'anthropic' } }, …]
 * resolveBackends({ vertex: { authTokens: ['t'] } }); // [{ name: 'vertex', fetchOptions: { authTokens: ['t'], backend: 'vertex' } }]
 */
export function resolveBackends(backends: unknown = ['anthropic']): BackendPlan[] {
  if (typeof backends !== 'object' || backends === null) {
    throw new TypeError(
      `backends must be a list of backend names or an object of backend options, got ${describeValue(backends)}`,
    );
  }
  const entries: Array<[name: unknown, options: unknown, optionName: string]> = Array.isArray(backends)
    ? backends.map((name: unknown, index) => [name, true, `backends[${index}]`])
    : Object.entries(backends)
        .filter(([, options]) => options !== undefined)
        .map(([name, options]) => [name, options, `backends.${name}`]);
  if (entries.length === 0) throw new RangeError('backends must name at least one backend, got none');
  const seen = new Set<string>();
  return entries.map(([name, options, optionName]) => {
    checkBackendName(name, optionName);
    if (seen.has(name)) throw new RangeError(`${optionName}: ${name} is listed twice; each backend is served once`);
    seen.add(name);
    if (options !== true && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new TypeError(`${optionName} must be true or an object of ${name} options, got ${describeValue(options)}`);
    }
    // Each name is paired with its own options type, which the checks above cannot express.
    return { name, fetchOptions: { ...(options === true ? {} : options), backend: name } as EmulatorFetchOptions };
  });
}

/**
 * Checks `startEmulator`'s `port` for `count` backends on consecutive ports: an integer from 0 (free
 * ports) to 65535, leaving room for every backend. Returns the port, 0 when not given.
 *
 * @example
 * checkPort(4010, 2); // 4010 (backends on 4010 and 4011)
 */
export function checkPort(port: unknown, count: number): number {
  if (port === undefined) return 0;
  const highest = 65_536 - count;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > highest) {
    throw new RangeError(
      `port must be an integer from 0 (a free port) to ${highest}${count > 1 ? ` (${count} backends take consecutive ports)` : ''}, got ${describeValue(port)}`,
    );
  }
  return port;
}
