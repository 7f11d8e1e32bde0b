import { AnthropicError } from '@anth/core';
import { readEnv } from '@anth/core/internal';

// An Azure resource name is one DNS label: letters, digits and hyphens.
const RESOURCE_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Where a Foundry client sends requests, and which resource (if any) that came from. */
export interface FoundryEndpoint {
  baseURL: string;
  /** The resource name when the URL was built from one; undefined for an explicit base URL. */
  resource: string | undefined;
}

/**
 * The base URL of a Foundry client: `baseURL` or `resource` (given together, an error), else the env
 * `ANTHROPIC_FOUNDRY_BASE_URL` or `ANTHROPIC_FOUNDRY_RESOURCE` (both set, an error). An option always
 * wins over the environment. A resource becomes `https://{resource}.services.ai.azure.com/anthropic/`.
 *
 * @example
 * foundryEndpoint({ resource: 'my-resource' }).baseURL; // 'https://my-resource.services.ai.azure.com/anthropic/'
 */
export function foundryEndpoint(options: {
  baseURL?: string | null | undefined;
  resource?: string | null | undefined;
}): FoundryEndpoint {
  let { baseURL, resource } = options;
  let fromEnv = '';
  if (!baseURL && !resource) {
    baseURL = readEnv('ANTHROPIC_FOUNDRY_BASE_URL');
    resource = readEnv('ANTHROPIC_FOUNDRY_RESOURCE');
    fromEnv = ' (ANTHROPIC_FOUNDRY_BASE_URL and ANTHROPIC_FOUNDRY_RESOURCE are both set)';
  }
  if (baseURL && resource) throw new AnthropicError(`baseURL and resource are mutually exclusive${fromEnv}`);
  if (baseURL) return { baseURL, resource: undefined };
  if (!resource)
    throw new AnthropicError(
      'Must provide one of the `baseURL` or `resource` arguments, or the `ANTHROPIC_FOUNDRY_RESOURCE` environment variable',
    );
  if (!RESOURCE_NAME.test(resource))
    throw new AnthropicError(
      `Invalid Foundry resource ${JSON.stringify(resource)}: expected a name, not a URL (a URL goes in \`baseURL\`).`,
    );
  return { baseURL: `https://${resource}.services.ai.azure.com/anthropic/`, resource };
}
