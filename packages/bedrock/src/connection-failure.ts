import { APIConnectionError } from '@anth/core';
import { isDNSFailure } from '@anth/core/internal';

/**
 * When a fetch failed because the Bedrock host name did not resolve (usually a wrong region or base
 * URL): an `APIConnectionError` naming the host and the region (retried like any connection error);
 * otherwise `undefined`.
 *
 * @example
 * throw dnsFailureError(error, url, 'us-east-1') ?? error;
 */
export function dnsFailureError(error: unknown, url: URL, region: string): APIConnectionError | undefined {
  if (!isDNSFailure(error)) return undefined;
  return new APIConnectionError({
    message: `Could not resolve the Bedrock host ${url.hostname} (AWS region ${region}). Check the \`awsRegion\` option / AWS_REGION, or \`baseURL\` / ANTHROPIC_BEDROCK_BASE_URL.`,
    cause: error,
  });
}
