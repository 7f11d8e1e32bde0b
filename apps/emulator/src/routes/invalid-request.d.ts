import type { RouteContext } from '../route-context.js';
/**
 * A 400 invalid_request_error with the given message.
 *
 * @example
 * return invalidRequest(context, 'max_tokens: Field required');
 */
export declare function invalidRequest(context: RouteContext, message: string): Response;
/**
 * The 400 for a body that is not JSON, or undefined when it is.
 *
 * @example
 * const notJson = rejectNonJsonBody(context);
 * if (notJson) return notJson;
 */
export declare function rejectNonJsonBody(context: RouteContext): Response | undefined;
/**
 * The 404 for an unknown model: `model: <id>`.
 *
 * @example
 * if (!model) return modelNotFound(context, params.model);
 */
export declare function modelNotFound(context: RouteContext, modelId: string): Response;
