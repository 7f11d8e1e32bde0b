import type { RouteContext } from '../route-context.js';
/**
 * `POST /v1/messages`: validates like the API, then replies with the next scripted turn (or the
 * default reply) as a `Message`, or as SSE events when `stream: true`.
 *
 * @example
 * routes: { POST: createMessage }
 */
export declare function createMessage(context: RouteContext): Response;
