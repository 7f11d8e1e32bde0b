import type { RouteContext } from '../route-context.js';
/**
 * `POST /v1/messages/count_tokens`: `{ input_tokens }` from the same estimator as `usage`, so a
 * count always matches the `usage.input_tokens` of the same request.
 *
 * @example
 * routes: { POST: countTokens }
 */
export declare function countTokens(context: RouteContext): Response;
