import { findModel } from '../find-model.js';
import { createCompletionId } from '../ids.js';
import { createJsonResponse } from '../json-response.js';
import { chunkText } from '../reply/chunk-text.js';
import { createDefaultReplyText } from '../reply/default-turn.js';
import type { RouteContext } from '../route-context.js';
import { createEventStreamResponse, type ServerSentEvent } from '../sse.js';
import type { ScriptedTurn } from '../types.js';
import { AI_PROMPT, HUMAN_PROMPT, validateCompleteParams } from '../validation/validate-complete-params.js';
import { invalidRequest, modelNotFound, rejectNonJsonBody } from './invalid-request.js';

type CompleteParams = { model: string; prompt: string; max_tokens_to_sample: number; stream?: boolean };

/**
 * Legacy `POST /v1/complete`: a `Completion` (text of the next scripted turn, or the default reply),
 * or `completion` SSE events when `stream: true`.
 *
 * @example
 * routes: { POST: createCompletion }
 */
export function createCompletion(context: RouteContext): Response {
  const notJson = rejectNonJsonBody(context);
  if (notJson) return notJson;
  const validationError = validateCompleteParams(context.recorded.body);
  if (validationError) return invalidRequest(context, validationError);
  const params = context.recorded.body as CompleteParams;
  if (!findModel(context.options.models, params.model)) return modelNotFound(context, params.model);

  const turn = context.takeTurn();
  const completion = turn?.content
    ? turnText(turn)
    : ` ${createDefaultReplyText([{ role: 'user', content: lastHumanTurn(params.prompt) }])}`;
  const stopReason = turn?.stop_reason === 'max_tokens' ? 'max_tokens' : 'stop_sequence';
  const id = createCompletionId();
  const model = turn?.model ?? params.model;

  if (params.stream !== true) {
    return createJsonResponse({ type: 'completion', id, completion, stop_reason: stopReason, model });
  }
  const events: ServerSentEvent[] = [
    { event: 'ping', data: { type: 'ping' } },
    ...chunkText(completion, context.options.chunkSize).map((chunk) => ({
      event: 'completion',
      data: { type: 'completion', id, completion: chunk, stop_reason: null, model },
    })),
    { event: 'completion', data: { type: 'completion', id, completion: '', stop_reason: stopReason, model } },
  ];
  return createEventStreamResponse(events, context.streamFaults, context.request.signal);
}

function turnText(turn: ScriptedTurn): string {
  return (turn.content ?? []).map((block) => (block.type === 'text' ? block.text : '')).join('');
}

function lastHumanTurn(prompt: string): string {
  const human = prompt.slice(prompt.lastIndexOf(HUMAN_PROMPT) + HUMAN_PROMPT.length);
  const assistantIndex = human.indexOf(AI_PROMPT);
  return (assistantIndex === -1 ? human : human.slice(0, assistantIndex)).trim();
}
