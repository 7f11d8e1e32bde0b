import { AnthropicError } from '../errors/anthropic-error.js';

/**
 * Throws an `AnthropicError` at construction when `options` gives any of `names` (a non-nullish value):
 * the first-party credential options a cloud client does not use, as the official SDK 1.x refuses
 * them. The message names the client, the options given, and what to pass instead; never a value.
 *
 * @example
 * refuseOptions('AnthropicBedrock', options, ['authToken', 'credentials', 'config', 'profile'], 'pass `apiKey` or AWS credentials.');
 */
export function refuseOptions(client: string, options: object, names: readonly string[], instead: string): void {
  const given = names.filter((name) => (options as Record<string, unknown>)[name] != null);
  if (given.length)
    throw new AnthropicError(`${client} does not take ${given.map((name) => `\`${name}\``).join(' or ')}: ${instead}`);
}
