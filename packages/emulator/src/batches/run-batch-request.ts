import { createErrorBody, getErrorDefaults, getStatusForErrorType } from '../errors.js';
import { findModel } from '../find-model.js';
import { createRequestId } from '../ids.js';
import { buildMessage } from '../reply/build-message.js';
import type { MessageRequestParams } from '../reply/message-types.js';
import type { BatchRequestOutcome, ModelInfo, ScriptedTurn } from '../types.js';
import { validateMessageParams } from '../validation/validate-message-params.js';

/** One request of a batch, as created (params are validated only when it runs, like the API). */
export interface BatchRequest {
  custom_id: string;
  params: unknown;
}

/** What happens to requests that have no explicit outcome when their batch ends. */
export type BatchEnding = 'run' | 'cancel' | 'expire';

/** The four result types of a batch results line. */
export type BatchResultType = 'succeeded' | 'errored' | 'canceled' | 'expired';

/** One line of a batch's results: `{ custom_id, result }`. */
export interface BatchResultLine {
  custom_id: string;
  result: { type: BatchResultType } & Record<string, unknown>;
}

/** What running a request needs from the emulator. */
export interface RunContext {
  models: readonly ModelInfo[];
  /** Takes the next scripted turn, shared with `/v1/messages`. */
  takeTurn(): ScriptedTurn | undefined;
}

/**
 * The results line of one request when its batch ends: the explicit `outcome` if any, else what the
 * ending implies (`cancel` → canceled, `expire` → expired), else the request runs like
 * `POST /v1/messages` would: invalid params and unknown models become `errored` results with the
 * API's error body (the Batches API validates params only when a request runs).
 *
 * @example
 * runBatchRequest({ custom_id: 'q1', params }, undefined, 'run', context).result.type; // 'succeeded'
 */
export function runBatchRequest(
  request: BatchRequest,
  outcome: BatchRequestOutcome | undefined,
  ending: BatchEnding,
  context: RunContext,
): BatchResultLine {
  const chosen = typeof outcome === 'string' ? { type: outcome } : outcome;
  const type = chosen?.type ?? (ending === 'cancel' ? 'canceled' : ending === 'expire' ? 'expired' : 'succeeded');
  const line = (result: BatchResultLine['result']): BatchResultLine => ({ custom_id: request.custom_id, result });
  switch (type) {
    case 'canceled':
    case 'expired':
      return line({ type });
    case 'errored': {
      const explicit = chosen as { errorType?: string; message?: string };
      const errorType = explicit.errorType ?? 'api_error';
      const message = explicit.message ?? getErrorDefaults(getStatusForErrorType(errorType)).message;
      return errored(request, errorType, message);
    }
    case 'succeeded': {
      const turn = chosen && 'turn' in chosen ? chosen.turn : undefined;
      return runRequest(request, turn, context);
    }
  }
}

function runRequest(request: BatchRequest, scripted: ScriptedTurn | undefined, context: RunContext): BatchResultLine {
  const validationError = validateMessageParams(request.params, 'create');
  if (validationError) return errored(request, 'invalid_request_error', validationError);
  const params = request.params as MessageRequestParams & { max_tokens: number };
  const model = findModel(context.models, params.model);
  if (!model) return errored(request, 'not_found_error', `model: ${params.model}`);
  if (model.max_tokens !== null && params.max_tokens > model.max_tokens) {
    return errored(
      request,
      'invalid_request_error',
      `max_tokens: ${params.max_tokens} > ${model.max_tokens}, which is the maximum allowed number of output tokens for ${model.id}`,
    );
  }
  const message = buildMessage(scripted ?? context.takeTurn(), params);
  // Batch requests are billed on the batch tier, and their usage says so.
  return {
    custom_id: request.custom_id,
    result: { type: 'succeeded', message: { ...message, usage: { ...message.usage, service_tier: 'batch' } } },
  };
}

function errored(request: BatchRequest, errorType: string, message: string): BatchResultLine {
  return {
    custom_id: request.custom_id,
    result: { type: 'errored', error: createErrorBody(createRequestId(), errorType, message) },
  };
}
