import { findModel } from '../find-model.js';
import { createJsonResponse } from '../json-response.js';
import { buildMessage } from '../reply/build-message.js';
import type { MessageRequestParams } from '../reply/message-types.js';
import { toMessageStreamEvents } from '../reply/message-stream-events.js';
import type { RouteContext } from '../route-context.js';
import { createEventStreamResponse } from '../sse.js';
import { validateBetaFeatures } from '../validation/validate-beta-features.js';
import { validateMessageParams } from '../validation/validate-message-params.js';
import { invalidRequest, modelNotFound, rejectNonJsonBody } from './invalid-request.js';

/**
 * `POST /v1/messages`: validates like the API, then replies with the next scripted turn (or the
 * default reply) as a `Message`, or as SSE events when `stream: true`.
 *
 * @example
 * routes: { POST: createMessage }
 */
export function createMessage(context: RouteContext): Response {
  const notJson = rejectNonJsonBody(context);
  if (notJson) return notJson;
  const validationError =
    validateMessageParams(context.recorded.body, 'create') ??
    validateBetaFeatures(context.recorded.body, context.request.headers);
  if (validationError) return invalidRequest(context, validationError);

  const params = context.recorded.body as MessageRequestParams & { max_tokens: number; stream?: boolean };
  const model = findModel(context.options.models, params.model);
  if (!model) return modelNotFound(context, params.model);
  if (model.max_tokens !== null && params.max_tokens > model.max_tokens) {
    return invalidRequest(
      context,
      `max_tokens: ${params.max_tokens} > ${model.max_tokens}, which is the maximum allowed number of output tokens for ${model.id}`,
    );
  }

  const message = buildMessage(context.takeTurn(), params);
  if (params.stream === true) {
    const events = toMessageStreamEvents(message, context.options.chunkSize);
    return createEventStreamResponse(events, context.streamFaults, context.request.signal);
  }
  return createJsonResponse(message);
}
