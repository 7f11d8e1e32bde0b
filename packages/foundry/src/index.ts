// @anth/foundry public surface: every export is named here.

export { AnthropicFoundry } from './anthropic-foundry.js';
export type { AnthropicFoundryOptions, AzureTokenCredential } from './foundry-options.js';
