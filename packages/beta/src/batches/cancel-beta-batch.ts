import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import type { BetaMessageBatch } from '../types/beta-batches.js';

/**
 * Asks to cancel a beta batch (`POST /v1/messages/batches/{id}/cancel`, no body).
 *
 * @example
 * const batch = await cancelBetaBatch(client, 'msgbatch_01…'); // processing_status: 'canceling'
 */
export function cancelBetaBatch(
  client: Anthropic,
  batchId: string,
  options: BetaRequestOptions = {},
): APIPromise<BetaMessageBatch> {
  return client.post<BetaMessageBatch>(path`/v1/messages/batches/${batchId}/cancel`, options);
}
