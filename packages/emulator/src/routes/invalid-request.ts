import { createErrorResponse } from '../errors.js';
import type { RouteContext } from '../route-context.js';

// What the API answers when the body is not JSON at all.
const UNPARSABLE_BODY_MESSAGE =
  'There was an error parsing the body of your request. Please make sure it is valid JSON.';

/**
 * A 400 invalid_request_error with the given message.
 *
 * @example
 * return invalidRequest(context, 'max_tokens: Field required');
 */
export function invalidRequest(context: RouteContext, message: string): Response {
  return createErrorResponse({ requestId: context.requestId, status: 400, message });
}

/**
 * The 400 for a body that is not JSON, or undefined when it is.
 *
 * @example
 * const notJson = rejectNonJsonBody(context);
 * if (notJson) return notJson;
 */
export function rejectNonJsonBody(context: RouteContext): Response | undefined {
  return context.bodyIsJson ? undefined : invalidRequest(context, UNPARSABLE_BODY_MESSAGE);
}

/**
 * The 404 for an unknown model: `model: <id>`.
 *
 * @example
 * if (!model) return modelNotFound(context, params.model);
 */
export function modelNotFound(context: RouteContext, modelId: string): Response {
  return createErrorResponse({ requestId: context.requestId, status: 404, message: `model: ${modelId}` });
}
