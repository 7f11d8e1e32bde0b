import type { RouteContext } from '../route-context.js';
/**
 * Legacy `POST /v1/complete`: a `Completion` (text of the next scripted turn, or the default reply),
 * or `completion` SSE events when `stream: true`.
 *
 * @example
 * routes: { POST: createCompletion }
 */
export declare function createCompletion(context: RouteContext): Response;
