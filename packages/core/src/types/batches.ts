/** Message Batches API (`/v1/messages/batches`). */
import type { ErrorResponse } from './errors.js';
import type { Message } from './message.js';
import type { MessageCreateParamsNonStreaming } from './message-params.js';

/** Per-status request tallies of a batch; they sum to the batch's request count. */
export interface MessageBatchRequestCounts {
  /** Canceled requests (0 until processing ends). */
  canceled: number;

  /** Errored requests (0 until processing ends). */
  errored: number;

  /** Expired requests (0 until processing ends). */
  expired: number;

  /** Requests still processing. */
  processing: number;

  /** Succeeded requests (0 until processing ends). */
  succeeded: number;
}

/** A Message Batch. Unknown fields are kept. */
export interface MessageBatch {
  /** Batch id (`msgbatch_…`). */
  id: string;

  /** RFC 3339 time the results were archived and became unavailable, or `null`. */
  archived_at: string | null;

  /** RFC 3339 time cancellation was requested, or `null`. */
  cancel_initiated_at: string | null;

  /** RFC 3339 creation time. */
  created_at: string;

  /** RFC 3339 time processing ended, or `null` while processing. */
  ended_at: string | null;

  /** RFC 3339 time the batch expires (24 h after creation). */
  expires_at: string;

  processing_status: 'in_progress' | 'canceling' | 'ended';

  request_counts: MessageBatchRequestCounts;

  /**
   * Absolute URL of the JSONL results, set once processing ends; `null` before. Results
   * are in arbitrary order: match them on `custom_id`.
   */
  results_url: string | null;

  type: 'message_batch';
}

/** The request succeeded. */
export interface MessageBatchSucceededResult {
  message: Message;

  type: 'succeeded';
}

/** The request failed. */
export interface MessageBatchErroredResult {
  error: ErrorResponse;

  type: 'errored';
}

/** The batch was canceled before this request ran. */
export interface MessageBatchCanceledResult {
  type: 'canceled';
}

/** The batch expired before this request ran. */
export interface MessageBatchExpiredResult {
  type: 'expired';
}

/** Outcome of one batch request, discriminated on `type`. */
export type MessageBatchResult =
  | MessageBatchSucceededResult
  | MessageBatchErroredResult
  | MessageBatchCanceledResult
  | MessageBatchExpiredResult;

/** One line of a batch's JSONL results. */
export interface MessageBatchIndividualResponse {
  /** The `custom_id` given to the request. */
  custom_id: string;

  result: MessageBatchResult;
}

/** One request of a batch. */
export interface BatchCreateParamsRequest {
  /** Your id for the request, unique within the batch; results carry it back. */
  custom_id: string;

  /** Messages API parameters of the request (never streaming). */
  params: MessageCreateParamsNonStreaming;
}

/**
 * Body of `batches.create()`.
 *
 * @example
 * ```ts
 * const params: BatchCreateParams = {
 *   requests: [{ custom_id: 'q1', params: { model: 'claude-opus-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] } }],
 * };
 * ```
 */
export interface BatchCreateParams {
  requests: BatchCreateParamsRequest[];

  /**
   * SDK-only: not sent in the body. Sent as the `anthropic-user-profile-id` header.
   */
  user_profile_id?: string;

  /** SDK-only: not sent in the body. Sent as the `anthropic-workspace-id` header. */
  workspace_id?: string;
}

/** Query of `batches.list()` (Page pagination; most recent first). */
export interface BatchListParams {
  /** Return the page right after this id. */
  after_id?: string;

  /** Return the page right before this id (walks backwards). */
  before_id?: string;

  /** Items per page, 1–1000 (default 20). */
  limit?: number;
}

/** Response of `batches.delete()`. */
export interface DeletedMessageBatch {
  /** Id of the deleted batch. */
  id: string;

  type: 'message_batch_deleted';
}
