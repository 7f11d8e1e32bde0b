// @anth/bedrock public surface: every export is named here.
export { AnthropicBedrock } from './anthropic-bedrock.js';
export type {
  AnthropicBedrockOptions,
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
} from './bedrock-options.js';
