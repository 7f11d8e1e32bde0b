// @anth/bedrock public surface: every export is named here.
export { AnthropicBedrock } from './anthropic-bedrock.js';
export type {
  AnthropicBedrockOptions,
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
} from './bedrock-options.js';

// The @anth/core types this package's functions take and return (every one its declarations name,
// checked by apps/pack-check), re-exported type-only so its users import them from here
// (`import type { ClientOptions } from '@anth/bedrock'`) at no run-time cost. Classes among them
// (`Anthropic`, `APIPromise`, …) are types here: construct them, or `instanceof` them, from @anth/core.
export type {
  Anthropic,
  ClientOptions,
  HeadersInit,
  MiddlewareContext,
} from '@anth/core';
