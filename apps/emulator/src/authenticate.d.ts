import type { ResolvedEmulatorOptions } from './resolve-options.js';
/**
 * Checks credentials like the API: a known `x-api-key`, or a known `Authorization: Bearer` token.
 * Both headers may be sent (the SDKs do when both are configured); one valid credential is enough.
 * Returns the API's 401 message, or undefined when the request may proceed.
 *
 * @example
 * authenticate(request.headers, options); // 'x-api-key header is required'
 */
export declare function authenticate(headers: Headers, options: ResolvedEmulatorOptions): string | undefined;
