import { AnthropicError } from '@anth/core';
import { readEnv } from '@anth/core/internal';
import type {
  AnthropicBedrockOptions,
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
} from './bedrock-options.js';

/** What an {@link AnthropicBedrock} client is configured with, after the options and the environment. */
export interface BedrockConfig {
  region: string;
  /** Set when no region was configured and `us-east-1` is used: the warning to log. */
  regionWarning: string | undefined;
  baseURL: string;
  /** The Bedrock API key (bearer), or null for SigV4. */
  apiKey: string | null;
  skipAuth: boolean;
  /** Explicit static credentials, if given. */
  credentials: AwsCredentialIdentity | undefined;
  /** Explicit provider resolver, if given. */
  providerChainResolver: (() => Promise<AwsCredentialIdentityProvider>) | undefined;
}

const DEFAULT_REGION = 'us-east-1';

/**
 * Resolves region, base URL and credentials from the options and the environment (the variables the
 * official SDK reads), and rejects contradictory credentials before any request.
 *
 * @example
 * resolveBedrockConfig({ awsRegion: 'eu-west-1' }).baseURL; // 'https://bedrock-runtime.eu-west-1.amazonaws.com'
 */
export function resolveBedrockConfig(options: AnthropicBedrockOptions): BedrockConfig {
  const configuredRegion = options.awsRegion ?? readEnv('AWS_REGION') ?? readEnv('AWS_DEFAULT_REGION');
  const region = configuredRegion ?? DEFAULT_REGION;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(region)) {
    throw new AnthropicError(`awsRegion must be an AWS region name such as us-east-1; got ${JSON.stringify(region)}`);
  }
  const explicitBaseURL = options.baseURL || readEnv('ANTHROPIC_BEDROCK_BASE_URL');
  const credentials = staticCredentials(options);
  const providerChainResolver = options.providerChainResolver ?? undefined;
  const hasAwsCredentials = credentials !== undefined || providerChainResolver !== undefined;
  if (typeof options.apiKey === 'string' && hasAwsCredentials) {
    throw new AnthropicError(
      'Cannot specify both `apiKey` and AWS credentials (`awsAccessKey`/`awsSecretKey` or `providerChainResolver`): a Bedrock API key is sent instead of a SigV4 signature, so pass one or the other.',
    );
  }
  // An API key in the environment does not override AWS credentials given in code.
  const apiKey =
    options.apiKey === undefined
      ? hasAwsCredentials
        ? null
        : (readEnv('AWS_BEARER_TOKEN_BEDROCK') ?? null)
      : options.apiKey;
  const skipAuth = options.skipAuth === true;
  // The region matters when it names the host or scopes a signature.
  const regionMatters = !explicitBaseURL || (!skipAuth && !apiKey);
  return {
    region,
    regionWarning:
      configuredRegion === undefined && regionMatters
        ? `No AWS region configured (the \`awsRegion\` option, or the AWS_REGION or AWS_DEFAULT_REGION environment variable); using ${DEFAULT_REGION}.`
        : undefined,
    baseURL: explicitBaseURL || `https://bedrock-runtime.${region}.amazonaws.com`,
    apiKey,
    skipAuth,
    credentials,
    providerChainResolver,
  };
}

function staticCredentials(options: AnthropicBedrockOptions): AwsCredentialIdentity | undefined {
  const { awsAccessKey: accessKeyId, awsSecretKey: secretAccessKey, awsSessionToken: sessionToken } = options;
  if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined };
  if (accessKeyId || secretAccessKey) {
    const given = accessKeyId ? 'awsAccessKey' : 'awsSecretKey';
    throw new AnthropicError(
      `\`awsAccessKey\` and \`awsSecretKey\` must be given together; only \`${given}\` was given.`,
    );
  }
  if (sessionToken) throw new AnthropicError('`awsSessionToken` needs `awsAccessKey` and `awsSecretKey` as well.');
  return undefined;
}
