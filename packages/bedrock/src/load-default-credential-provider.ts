import { AnthropicError } from '@anth/core';
import type { AwsCredentialIdentityProvider } from './bedrock-options.js';

// A variable, not a literal: bundlers then leave the AWS credential chain (Node-only: files, processes,
// instance metadata) out of browser and edge bundles entirely; Node resolves it at run time.
const CREDENTIAL_PROVIDERS = '@aws-sdk/credential-providers';

/**
 * The AWS default credential chain (`fromNodeProviderChain()`: environment, SSO, shared config and
 * credentials files with `AWS_PROFILE`, credential_process, web identity, ECS/EC2 metadata), imported
 * on first use only.
 *
 * @example
 * const provider = await loadDefaultCredentialProvider();
 * const credentials = await provider();
 */
export async function loadDefaultCredentialProvider(): Promise<AwsCredentialIdentityProvider> {
  let module: typeof import('@aws-sdk/credential-providers');
  try {
    module = (await import(
      /* webpackIgnore: true */ /* @vite-ignore */ CREDENTIAL_PROVIDERS
    )) as typeof import('@aws-sdk/credential-providers');
  } catch (error) {
    throw new AnthropicError(
      `No Bedrock credentials were given and the AWS default credential chain (${CREDENTIAL_PROVIDERS}) could not be loaded: pass \`awsAccessKey\` + \`awsSecretKey\`, \`apiKey\`, or \`providerChainResolver\` (this runtime may not support the chain, which needs Node).`,
      { cause: error },
    );
  }
  if (typeof module.fromNodeProviderChain !== 'function') {
    throw new AnthropicError(
      `${CREDENTIAL_PROVIDERS} has no fromNodeProviderChain in this runtime: pass \`awsAccessKey\` + \`awsSecretKey\`, \`apiKey\`, or \`providerChainResolver\`.`,
    );
  }
  return module.fromNodeProviderChain();
}
