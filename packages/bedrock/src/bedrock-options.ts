import type { ClientOptions } from '@anth/core';

/**
 * AWS credentials for SigV4 signing: the shape every AWS credential provider resolves to.
 *
 * @example
 * const credentials: AwsCredentialIdentity = { accessKeyId: 'AKIA…', secretAccessKey: '…', sessionToken: '…' };
 */
export interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for temporary credentials (STS, SSO, instance roles); sent as `x-amz-security-token`. */
  sessionToken?: string | undefined;
  /** When temporary credentials stop working; they are fetched again 5 minutes before. */
  expiration?: Date | undefined;
}

/**
 * Resolves AWS credentials, e.g. `fromNodeProviderChain()` or `fromIni({ profile })` from
 * `@aws-sdk/credential-providers`. Called when credentials are needed; memoized providers are asked
 * with `{ forceRefresh: true }` after Bedrock reports the credentials expired.
 *
 * @example
 * const provider: AwsCredentialIdentityProvider = fromIni({ profile: 'dev' });
 */
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

/**
 * Options of {@link AnthropicBedrock}: where to send requests and how to authenticate, plus every
 * {@link ClientOptions} field (timeouts, retries, middleware, …).
 *
 * Authentication, first match wins: `skipAuth` (none); the `apiKey` option (a Bedrock API key, sent as
 * `Authorization: Bearer`, no signing); `awsAccessKey` + `awsSecretKey` (SigV4); `providerChainResolver`
 * (SigV4); env `AWS_BEARER_TOKEN_BEDROCK` (bearer); the AWS default credential chain (SigV4, Node only,
 * `@aws-sdk/credential-providers` loaded on first use). Explicit credentials beat the environment.
 *
 * @example
 * new AnthropicBedrock({ awsRegion: 'eu-west-1', awsAccessKey: 'AKIA…', awsSecretKey: '…' });
 */
export interface AnthropicBedrockOptions extends Omit<ClientOptions, 'apiKey' | 'authToken' | 'credentials'> {
  /** AWS region of the Bedrock endpoint and of the SigV4 scope. Default: env `AWS_REGION`, then `AWS_DEFAULT_REGION`, then `us-east-1` (with a warning). */
  awsRegion?: string | undefined;
  /** AWS access key id; needs `awsSecretKey`. */
  awsAccessKey?: string | null | undefined;
  /** AWS secret access key; needs `awsAccessKey`. */
  awsSecretKey?: string | null | undefined;
  /** Session token of temporary credentials; needs `awsAccessKey` and `awsSecretKey`. */
  awsSessionToken?: string | null | undefined;
  /**
   * A Bedrock API key, sent as `Authorization: Bearer <key>` instead of a SigV4 signature (nothing of
   * the AWS SDK is loaded). Default: env `AWS_BEARER_TOKEN_BEDROCK`, unless AWS credentials are given.
   * `null` means none.
   */
  apiKey?: string | null | undefined;
  /**
   * Resolves the credential provider to sign with (called once, on the first signed request), e.g.
   * `async () => fromIni({ profile: 'dev' })`. Default: the AWS default chain (`fromNodeProviderChain()`).
   */
  providerChainResolver?: (() => Promise<AwsCredentialIdentityProvider>) | null | undefined;
  /** Send no authentication at all (a proxy in front of Bedrock signs). */
  skipAuth?: boolean | undefined;
  /** Default: env `ANTHROPIC_BEDROCK_BASE_URL`, else `https://bedrock-runtime.{awsRegion}.amazonaws.com`. */
  baseURL?: string | null | undefined;
}
