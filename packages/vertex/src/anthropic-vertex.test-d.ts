// Type-level checks (run by `tsc -p tsconfig.json`): the real google-auth-library objects fit the
// options, so users pass them without casts.
import type { Anthropic } from '@anth/core';
import type { AuthClient, GoogleAuth, Impersonated } from 'google-auth-library';
import { expectTypeOf } from 'vitest';
import { AnthropicVertex } from './anthropic-vertex.js';

export function withGoogleAuth(googleAuth: GoogleAuth): AnthropicVertex {
  return new AnthropicVertex({ region: 'us-east5', googleAuth });
}
export function withAuthClient(authClient: AuthClient, impersonated: Impersonated): AnthropicVertex[] {
  return [
    new AnthropicVertex({ region: 'us-east5', authClient }),
    new AnthropicVertex({ region: 'us-east5', authClient: impersonated }),
  ];
}
// A cloud client is a core client: every resource accepts it.
expectTypeOf<AnthropicVertex>().toExtend<Anthropic>();
// First-party credentials are not options of the Vertex client.
expectTypeOf<NonNullable<ConstructorParameters<typeof AnthropicVertex>[0]>>().not.toHaveProperty('apiKey');
