// Type-level checks (run by `tsc -p tsconfig.json`): any @azure/identity TokenCredential fits the
// `credential` option, and getBearerTokenProvider's result fits `azureADTokenProvider`.
import type { Anthropic } from '@anth/core';
import {
  getBearerTokenProvider,
  type DefaultAzureCredential,
  type ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import { expectTypeOf } from 'vitest';
import { AnthropicFoundry } from './anthropic-foundry.js';

export function withCredentials(
  credential: TokenCredential,
  dac: DefaultAzureCredential,
  managed: ManagedIdentityCredential,
): AnthropicFoundry[] {
  return [
    new AnthropicFoundry({ resource: 'r', credential }),
    new AnthropicFoundry({ resource: 'r', credential: dac }),
    new AnthropicFoundry({ resource: 'r', credential: managed }),
    new AnthropicFoundry({
      resource: 'r',
      azureADTokenProvider: getBearerTokenProvider(dac, 'https://ai.azure.com/.default'),
    }),
  ];
}
expectTypeOf<AnthropicFoundry>().toExtend<Anthropic>();
expectTypeOf<NonNullable<ConstructorParameters<typeof AnthropicFoundry>[0]>>().not.toHaveProperty('authToken');
