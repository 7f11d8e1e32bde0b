import type { RouteHandler } from './route-context.js';
/** One path of the API and its handlers by HTTP method. */
export interface Route {
    /** Matches the whole path; named groups become decoded path params. */
    pattern: RegExp;
    methods: Partial<Record<string, RouteHandler>>;
}
/**
 * Every emulated endpoint. Adding an endpoint is adding a line here and a file in `routes/`.
 *
 * @example
 * matchRoute(createRouteTable(), 'GET', '/v1/models');
 */
export declare function createRouteTable(): Route[];
/** The outcome of routing: a handler with its params, or why there is none. */
export type RouteMatch = {
    kind: 'found';
    handler: RouteHandler;
    params: Record<string, string>;
} | {
    kind: 'not_found';
} | {
    kind: 'method_not_allowed';
    allowedMethods: string[];
};
/**
 * Finds the handler for a method and path.
 *
 * @example
 * matchRoute(routes, 'DELETE', '/v1/messages'); // { kind: 'method_not_allowed', allowedMethods: ['POST'] }
 */
export declare function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch;
