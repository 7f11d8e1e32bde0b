import type { AnthropicError } from '@anth/core';
import type { GoogleAuthLike } from './vertex-options.js';

/** The OAuth scope Vertex AI needs. */
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * Application Default Credentials: loads google-auth-library (a Node-only library, so only now, on
 * the first request of a client given no other credential) and returns
 * `new GoogleAuth({ scopes: cloud-platform })`, which finds `GOOGLE_APPLICATION_CREDENTIALS`, gcloud
 * user credentials or the metadata server. A library that cannot be loaded is an `AnthropicError`
 * (core's class, passed in: this module is loaded lazily and imports nothing from core).
 *
 * @example
 * const googleAuth = await loadDefaultGoogleAuth(AnthropicError);
 */
export async function loadDefaultGoogleAuth(AnthropicErrorClass: typeof AnthropicError): Promise<GoogleAuthLike> {
  let library: typeof import('google-auth-library');
  try {
    library = await import('google-auth-library');
  } catch (error) {
    throw new AnthropicErrorClass(
      'AnthropicVertex was given no credentials, so it tried Application Default Credentials, but google-auth-library could not be loaded (it needs Node.js). Pass `accessToken` (a token or an async token provider), `googleAuth` or `authClient`.',
      { cause: error },
    );
  }
  // Namespace of an ES module, or (through some bundlers' CommonJS interop) its default export.
  const GoogleAuth = library.GoogleAuth ?? (library as unknown as { default: typeof library }).default.GoogleAuth;
  return new GoogleAuth({ scopes: CLOUD_PLATFORM_SCOPE });
}
