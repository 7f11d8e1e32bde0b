import { findModel } from '../find-model.js';
import { createJsonResponse } from '../json-response.js';
import type { MessageRequestParams } from '../reply/message-types.js';
import type { RouteContext } from '../route-context.js';
import { estimateInputTokens } from '../token-estimate.js';
import { validateBetaFeatures } from '../validation/validate-beta-features.js';
import { validateMessageParams } from '../validation/validate-message-params.js';
import { invalidRequest, modelNotFound, rejectNonJsonBody } from './invalid-request.js';

/**
 * `POST /v1/messages/count_tokens`: `{ input_tokens }` from the same estimator as `usage`, so a
 * count always matches the `usage.input_tokens` of the same request.
 *
 * @example
 * routes: { POST: countTokens }
 */
export function countTokens(context: RouteContext): Response {
  const notJson = rejectNonJsonBody(context);
  if (notJson) return notJson;
  const validationError =
    validateMessageParams(context.recorded.body, 'count_tokens') ??
    validateBetaFeatures(context.recorded.body, context.request.headers);
  if (validationError) return invalidRequest(context, validationError);
  const params = context.recorded.body as MessageRequestParams;
  if (!findModel(context.options.models, params.model)) return modelNotFound(context, params.model);
  return createJsonResponse({ input_tokens: estimateInputTokens(params) });
}
