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

/**
 * Throws an `AnthropicError` naming `source` unless `baseURL` is an absolute http(s) URL, so a typo
 * fails at construction rather than as a parse error inside the first request. Credentials in the
 * URL are not repeated in the message.
 */
export function assertValidBaseURL(baseURL: string, source: string): void {
  let protocol: string | undefined;
  try {
    protocol = new URL(baseURL).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    const shown = baseURL.replace(/\/\/[^/@]*@/, '//***@');
    throw new AnthropicError(`${source} must be an absolute http(s) URL such as https://api.anthropic.com; received ${JSON.stringify(shown)}`);
  }
}
