import { createJsonResponse } from '../../json-response.js';

/**
 * An error the way Azure's front end sends it (auth, before the model sees the request):
 * `{ "error": { "code": "401", "message": … } }`. Errors from the model keep the Anthropic shape.
 *
 * @example
 * return createAzureErrorResponse(401, 'Access denied due to invalid subscription key …');
 */
export function createAzureErrorResponse(status: number, message: string): Response {
  return createJsonResponse({ error: { code: String(status), message } }, status);
}
