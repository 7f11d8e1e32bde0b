import { AnthropicError } from '../errors/anthropic-error.js';

/**
 * Throws for `client.<property>` written the official SDK's way (`client.messages.create(…)`): @anth
 * clients hold no resources (each is its own package, so an app carries only what it uses). The
 * error names what to use instead and the migration guide, where `undefined.create` would only say
 * "Cannot read properties of undefined".
 *
 * @example
 * movedResource('models', 'Models', 'messages'); // client.models does not exist: use new Models(client) from @anth/messages (…)
 */
export function movedResource(property: string, className: string, packageName: string = property): never {
  throw new AnthropicError(
    `client.${property} does not exist: use new ${className}(client) from @anth/${packageName} (each API is its own package; see docs/migrating-from-anthropic-ai-sdk.md)`,
  );
}
