import type { RouteContext } from '../route-context.js';
/**
 * `GET /v1/models`: the configured models, newest first, paginated with `limit`, `after_id`,
 * `before_id`.
 *
 * @example
 * routes: { GET: listModels }
 */
export declare function listModels(context: RouteContext): Response;
/**
 * `GET /v1/models/{model_id}`: one model, found by id or alias, or 404.
 *
 * @example
 * routes: { GET: retrieveModel }
 */
export declare function retrieveModel(context: RouteContext): Response;
