import { createErrorResponse } from '../errors.js';
import { findModel } from '../find-model.js';
import { isRecord } from '../is-record.js';
import { createJsonResponse } from '../json-response.js';
import { buildMessage } from '../reply/build-message.js';
import { createCompactionTurn, isCompactionTurn } from '../reply/compaction-turn.js';
import type { Message, MessageRequestParams } from '../reply/message-types.js';
import { toMessageStreamEvents } from '../reply/message-stream-events.js';
import type { RouteContext } from '../route-context.js';
import { createEventStreamResponse } from '../sse.js';
import { resolveThread, type ResolvedThread } from '../threads/resolve-thread.js';
import { validateBetaFeatures } from '../validation/validate-beta-features.js';
import { validateMessageParams } from '../validation/validate-message-params.js';
import { invalidRequest, modelNotFound, rejectNonJsonBody } from './invalid-request.js';

type CreateParams = MessageRequestParams & {
  max_tokens: number;
  stream?: boolean;
  compaction?: unknown;
  context_management?: unknown;
};

/**
 * `POST /v1/messages`: validates like the API, then replies with the next scripted turn (or the
 * default reply) as a `Message`, or as SSE events when `stream: true`. A `thread` (beta) is resolved
 * first: a `continue` is answered over the whole conversation the server holds; a threaded reply is
 * stored for the next `continue`. A `compaction` request (beta) is answered with a `compaction` block.
 *
 * @example
 * routes: { POST: createMessage }
 */
export function createMessage(context: RouteContext): Response {
  const notJson = rejectNonJsonBody(context);
  if (notJson) return notJson;
  const raw = context.recorded.body;
  const betaError = validateBetaFeatures(raw, context.request.headers);
  if (betaError) return invalidRequest(context, betaError);

  let thread: ResolvedThread | undefined;
  let body = raw;
  if (isRecord(raw) && raw['thread'] != null) {
    if (!context.threads) return invalidRequest(context, 'thread: Extra inputs are not permitted');
    const resolved = resolveThread(raw, context.threads);
    if ('status' in resolved) {
      return createErrorResponse({
        requestId: context.requestId,
        status: resolved.status,
        message: resolved.message,
        details: resolved.errorCode === undefined ? undefined : { error_code: resolved.errorCode },
      });
    }
    thread = resolved;
    body = resolved.body;
  }
  const validationError = validateMessageParams(body, 'create');
  if (validationError) return invalidRequest(context, validationError);

  const params = body as CreateParams;
  const model = findModel(context.options.models, params.model);
  if (!model) return modelNotFound(context, params.model);
  if (model.max_tokens !== null && params.max_tokens > model.max_tokens) {
    return invalidRequest(
      context,
      `max_tokens: ${params.max_tokens} > ${model.max_tokens}, which is the maximum allowed number of output tokens for ${model.id}`,
    );
  }
  if (params.compaction != null && params.context_management != null) {
    return invalidRequest(context, 'compaction: cannot be combined with context_management');
  }

  const message =
    params.compaction != null
      ? buildMessage(context.takeTurn(isCompactionTurn) ?? createCompactionTurn(params), params)
      : buildMessage(context.takeTurn(), params);
  if (thread && context.threads) recordThreadReply(context, thread, params, message);
  if (params.stream === true) {
    const events = toMessageStreamEvents(message, context.options.chunkSize);
    return createEventStreamResponse(events, context.streamFaults, context.request.signal);
  }
  return createJsonResponse(message);
}

/** Stores the conversation a threaded reply ends, and marks the reply it continued as continued. */
function recordThreadReply(
  context: RouteContext,
  thread: ResolvedThread,
  params: CreateParams,
  message: Message,
): void {
  if (thread.previous) thread.previous.continued = true;
  context.threads?.record(message.id, {
    messages: [...params.messages, { role: 'assistant', content: message.content }],
    ...(params.system === undefined ? undefined : { system: params.system }),
    ...(params.tools === undefined ? undefined : { tools: params.tools }),
    continued: false,
  });
}
