import { AnthropicError } from '../errors/anthropic-error.js';

/** Throws an `AnthropicError` naming `option` unless `value` is undefined or an integer ≥ 0. */
export function assertNonNegativeInteger(option: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new AnthropicError(`${option} must be an integer ≥ 0 (milliseconds for timeouts); received ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeof value;
}
