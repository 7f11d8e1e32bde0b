import { API_VERSION, LEGACY_COMPLETIONS_VERSION } from '../client/api-version.js';
import type { FinalRequestOptions } from '../client/options.js';
import type { Logger } from '../logging/logger.js';

let warned: Set<string> | undefined;

/**
 * Warns, once per value per process, about an `anthropic-version` set by hand to one this SDK's types
 * do not describe (an escape hatch for proxies, which still works). Legacy completions' own
 * `2023-06-01` is expected.
 *
 * @example
 * warnUnexpectedVersion(logger, { method: 'post', path: '/v1/messages' }, '2023-06-01');
 */
export function warnUnexpectedVersion(logger: Logger, options: FinalRequestOptions, version: string): void {
  if (version === LEGACY_COMPLETIONS_VERSION && options.path.startsWith('/v1/complete')) return;
  if ((warned ??= new Set()).has(version)) return;
  warned.add(version);
  logger.warn(
    `anthropic-version is set to ${JSON.stringify(version)}; this SDK's types describe ${API_VERSION}, so requests and replies may not match them.`,
  );
}
