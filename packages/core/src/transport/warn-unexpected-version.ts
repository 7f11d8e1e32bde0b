import type { Logger } from '../logging/logger.js';

let warned: Set<string> | undefined;

/**
 * Warns, once per value per process, about an `anthropic-version` set by hand to one this SDK's types
 * do not describe (an escape hatch for proxies, which still works). Loaded only when that happens; it
 * imports nothing from core, so it stays a chunk of its own.
 *
 * @example
 * warnUnexpectedVersion(logger, '2023-06-01', API_VERSION);
 */
export function warnUnexpectedVersion(logger: Logger, version: string, expected: string): void {
  if ((warned ??= new Set()).has(version)) return;
  warned.add(version);
  logger.warn(
    `anthropic-version is set to ${JSON.stringify(version)}; this SDK's types describe ${expected}, so requests and replies may not match them.`,
  );
}
