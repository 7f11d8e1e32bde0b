/**
 * A JSON response with the content type the API uses.
 *
 * @example
 * return createJsonResponse({ input_tokens: 12 });
 */
export function createJsonResponse(value: unknown, status = 200, headers?: HeadersInit): Response {
  const responseHeaders = new Headers(headers);
  responseHeaders.set('content-type', 'application/json');
  return new Response(JSON.stringify(value), { status, headers: responseHeaders });
}
