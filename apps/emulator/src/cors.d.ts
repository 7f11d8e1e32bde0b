/**
 * Adds the CORS headers every response carries.
 *
 * @example
 * addCorsHeaders(headers);
 */
export declare function addCorsHeaders(headers: Headers): void;
/**
 * The answer to a CORS preflight (`OPTIONS` with `access-control-request-method`).
 *
 * @example
 * if (isCorsPreflight(request)) return createPreflightResponse();
 */
export declare function createPreflightResponse(): Response;
/** True for a browser preflight; a bare OPTIONS without it is treated like any other method. */
export declare function isCorsPreflight(request: Request): boolean;
