/** The API version the emulator speaks, as the API has since 2026-10-21. */
export const CURRENT_API_VERSION = '2026-10-21';

/** The previous version: the only one that serves legacy `/v1/complete`. */
export const LEGACY_API_VERSION = '2023-06-01';

/**
 * Checks the `anthropic-version` header the first-party way and returns the 400 message, or
 * undefined when the version is served on `path`:
 * - missing → `anthropic-version: header is required` (the API's words);
 * - not a version → `anthropic-version: "<value>" is not a valid version` (the API's words);
 * - `2026-10-21` everywhere but `/v1/complete`, which is served under `2023-06-01` only (the message
 *   for that case is a guess);
 * - `2023-06-01` also on every other endpoint (whether the API still serves it there is unknown: the
 *   emulator accepts it).
 *
 * @example
 * checkApiVersion('2026-10-21', '/v1/complete'); // '/v1/complete is not served under anthropic-version "2026-10-21" …'
 */
export function checkApiVersion(version: string | null, path: string): string | undefined {
  if (version === null) return 'anthropic-version: header is required';
  if (version !== CURRENT_API_VERSION && version !== LEGACY_API_VERSION)
    return `anthropic-version: ${JSON.stringify(version)} is not a valid version`;
  if (path === '/v1/complete' && version !== LEGACY_API_VERSION)
    return `anthropic-version: the Text Completions API (/v1/complete) is not available in version ${JSON.stringify(version)}; send "anthropic-version: ${LEGACY_API_VERSION}" or use the Messages API (/v1/messages).`;
  return undefined;
}
