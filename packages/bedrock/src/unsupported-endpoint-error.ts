import { AnthropicError } from '@anth/core';

// The Python SDK's messages for the two endpoints it names; the others name the API and the path.
const UNSUPPORTED: ReadonlyArray<[prefix: string, message: string]> = [
  ['/v1/messages/batches', 'The Batch API is not supported in Bedrock yet'],
  ['/v1/messages/count_tokens', 'Token counting is not supported in Bedrock yet'],
  ['/v1/models', 'The Models API is not supported in Bedrock'],
  ['/v1/files', 'The Files API is not supported in Bedrock'],
  ['/v1/skills', 'The Skills API is not supported in Bedrock'],
];

/**
 * The error for an endpoint Bedrock does not serve (everything but `POST /v1/messages` and
 * `POST /v1/complete`), thrown before anything is sent.
 *
 * @example
 * throw unsupportedEndpointError('POST', '/v1/messages/count_tokens'); // Token counting is not supported in Bedrock yet
 */
export function unsupportedEndpointError(method: string, path: string): AnthropicError {
  const known = UNSUPPORTED.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
  const message = known?.[1] ?? `${method} ${path} is not supported in Bedrock`;
  return new AnthropicError(
    `${message} (${method} ${path}): AnthropicBedrock serves only messages (POST /v1/messages) and legacy completions (POST /v1/complete).`,
  );
}
