/**
 * A JSON response with the content type the API uses.
 *
 * @example
 * return createJsonResponse({ input_tokens: 12 });
 */
export declare function createJsonResponse(value: unknown, status?: number, headers?: HeadersInit): Response;
