import { AnthropicError } from '../errors/anthropic-error.js';

/** Throws an `AnthropicError` naming `option` unless `value` is undefined or an integer ≥ 0. */
export function assertNonNegativeInteger(option: string, value: unknown): void {
  if (value === undefined || (Number.isInteger(value) && (value as number) >= 0)) return;
  const shown =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'object' && value
        ? 'an object'
        : String(value);
  const unit = option === 'maxRetries' ? '' : ' (milliseconds)';
  throw new AnthropicError(`${option} must be an integer ≥ 0${unit}; received ${shown}`);
}

/**
 * Throws an `AnthropicError` naming `source` unless `baseURL` is an absolute http(s) URL that fetch
 * can use (a valid host and port), so a typo fails at construction rather than as a `TypeError`
 * inside the first request. Credentials in the URL are not repeated in the message.
 */
export function assertValidBaseURL(baseURL: string, source: string): void {
  let valid = /^https?:\/\/[^/?#\s]/i.test(baseURL);
  try {
    if (valid) new URL(baseURL);
  } catch {
    valid = false;
  }
  if (valid) return;
  const shown = baseURL.replace(/\/\/[^/@]*@/, '//***@');
  throw new AnthropicError(
    `${source} must be an absolute http(s) URL with a valid host and port, such as https://api.anthropic.com; received ${JSON.stringify(shown)}`,
  );
}
