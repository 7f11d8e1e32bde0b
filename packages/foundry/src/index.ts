// @anth/foundry public surface: every export is named here.

export { AnthropicFoundry } from './anthropic-foundry.js';
export type { AnthropicFoundryOptions, AzureTokenCredential } from './foundry-options.js';

// The @anth/core types this package's functions take and return (every one its declarations name,
// checked by apps/pack-check), re-exported type-only so its users import them from here
// (`import type { ClientOptions } from '@anth/foundry'`) at no run-time cost. Classes among them
// (`Anthropic`, `APIPromise`, …) are types here: construct them, or `instanceof` them, from @anth/core.
export type {
  Anthropic,
  ClientOptions,
  HeadersInit,
  MiddlewareContext,
} from '@anth/core';
