import type { EmulatorBackendName } from './types.js';

/** Every service the emulator can be, in the order the CLI and the README list them. */
export const EMULATOR_BACKEND_NAMES: readonly EmulatorBackendName[] = ['anthropic', 'bedrock', 'vertex', 'foundry'];

/**
 * Throws a RangeError naming `optionName`, the value and the accepted names, unless `value` is a
 * backend name. Options come from JavaScript and from the command line too, where types do not reach.
 *
 * @example
 * checkBackendName('azure', 'backends[1]'); // RangeError: backends[1] must be one of anthropic, bedrock, vertex, foundry; got "azure"
 */
export function checkBackendName(value: unknown, optionName: string): asserts value is EmulatorBackendName {
  if (!EMULATOR_BACKEND_NAMES.includes(value as EmulatorBackendName)) {
    throw new RangeError(
      `${optionName} must be one of ${EMULATOR_BACKEND_NAMES.join(', ')}; got ${describeValue(value)}`,
    );
  }
}

/**
 * A short, readable rendering of a bad option value for an error message.
 *
 * @example
 * describeValue('azure'); // '"azure"'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
