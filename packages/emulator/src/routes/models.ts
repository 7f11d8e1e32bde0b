import { findModel } from '../find-model.js';
import { createJsonResponse } from '../json-response.js';
import type { RouteContext } from '../route-context.js';
import { invalidRequest, modelNotFound } from './invalid-request.js';
import { paginate } from './paginate.js';

/**
 * `GET /v1/models`: the configured models, newest first, paginated with `limit`, `after_id`,
 * `before_id`.
 *
 * @example
 * routes: { GET: listModels }
 */
export function listModels(context: RouteContext): Response {
  const result = paginate(context.options.models, context.recorded.query);
  if ('error' in result) return invalidRequest(context, result.error);
  return createJsonResponse(result.page);
}

/**
 * `GET /v1/models/{model_id}`: one model, found by id or alias, or 404.
 *
 * @example
 * routes: { GET: retrieveModel }
 */
export function retrieveModel(context: RouteContext): Response {
  const modelId = context.params['model_id'] ?? '';
  const model = findModel(context.options.models, modelId);
  return model ? createJsonResponse(model) : modelNotFound(context, modelId);
}
