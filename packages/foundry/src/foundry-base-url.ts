import { AnthropicError } from '@anth/core';
import { readEnv } from '@anth/core/internal';

// An Azure resource name is one DNS label: letters, digits and hyphens.
const RESOURCE_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const MISSING = 'Must provide one of the `baseURL` or `resource` arguments, or the `ANTHROPIC_FOUNDRY_RESOURCE` environment variable';
const EXCLUSIVE = 'baseURL and resource are mutually exclusive';

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
export function foundryEndpoint(options: { baseURL?: string | null | undefined; resource?: string | null | undefined }): FoundryEndpoint {
  if (options.baseURL && options.resource) throw new AnthropicError(EXCLUSIVE);
  if (options.baseURL) return { baseURL: options.baseURL, resource: undefined };
  if (options.resource) return fromResource(options.resource);
  const envBaseURL = readEnv('ANTHROPIC_FOUNDRY_BASE_URL');
  const envResource = readEnv('ANTHROPIC_FOUNDRY_RESOURCE');
  if (envBaseURL && envResource) throw new AnthropicError(`${EXCLUSIVE} (the ANTHROPIC_FOUNDRY_BASE_URL and ANTHROPIC_FOUNDRY_RESOURCE environment variables are both set)`);
  if (envBaseURL) return { baseURL: envBaseURL, resource: undefined };
  if (envResource) return fromResource(envResource);
  throw new AnthropicError(MISSING);
}

function fromResource(resource: string): FoundryEndpoint {
  if (!RESOURCE_NAME.test(resource)) {
    throw new AnthropicError(
      `Invalid Foundry resource ${JSON.stringify(resource)}: expected the resource name (the {resource} of https://{resource}.services.ai.azure.com); pass a full URL as \`baseURL\` instead.`,
    );
  }
  return { baseURL: `https://${resource}.services.ai.azure.com/anthropic/`, resource };
}
