/** Message Batches in the beta namespace (`/v1/messages/batches`; no batches beta header since 2026-10-21). */
import type {
  BatchListParams,
  ErrorResponse,
  MessageBatch,
  MessageBatchCanceledResult,
  MessageBatchExpiredResult,
} from '@anth/core';
import type { BetaMessage } from './beta-message.js';
import type { BetaMessageCreateParamsNonStreaming } from './beta-message-params.js';

/** A beta Message Batch: the same object as a GA batch. */
export type BetaMessageBatch = MessageBatch;

/** One request of a beta batch: beta Messages parameters (their betas go in the batch's `betas`). */
export interface BetaBatchCreateParamsRequest {
  /** Your id for the request, unique within the batch: 1–64 of `A–Z a–z 0–9 _ -`. */
  custom_id: string;

  params: Omit<BetaMessageCreateParamsNonStreaming, 'betas'>;
}

/**
 * Body of `betaBatches.create()`.
 *
 * @example
 * await betaBatches.create({ betas: ['context-management-2025-06-27'], requests: [{ custom_id: 'q1', params: { model: 'claude-opus-4-6', max_tokens: 256, messages } }] });
 */
export interface BetaBatchCreateParams {
  requests: BetaBatchCreateParamsRequest[];

  /** Beta names for `anthropic-beta`, for the batch's requests (joined with the client's default). */
  betas?: string[];

  /** SDK-only: sent as the `anthropic-user-profile-id` header. */
  user_profile_id?: string;

  /** SDK-only: sent as the `anthropic-workspace-id` header. */
  workspace_id?: string;
}

/** Query of `betaBatches.list()`, plus `betas`. */
export interface BetaBatchListParams extends BatchListParams {
  betas?: string[];
}

/** The request succeeded: a beta message. */
export interface BetaMessageBatchSucceededResult {
  message: BetaMessage;

  type: 'succeeded';
}

/** The request failed. */
export interface BetaMessageBatchErroredResult {
  error: ErrorResponse;

  type: 'errored';
}

/** Outcome of one beta batch request, discriminated on `type`. */
export type BetaMessageBatchResult =
  | BetaMessageBatchSucceededResult
  | BetaMessageBatchErroredResult
  | MessageBatchCanceledResult
  | MessageBatchExpiredResult;

/** One line of a beta batch's JSONL results. */
export interface BetaMessageBatchIndividualResponse {
  custom_id: string;

  result: BetaMessageBatchResult;
}

/** Response of `betaBatches.delete()`. */
export interface BetaDeletedMessageBatch {
  id: string;

  type: 'message_batch_deleted';
}
