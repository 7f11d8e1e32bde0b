import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import type { BetaMessageBatch } from '../types/beta-batches.js';

/**
 * Fetches a beta batch (`GET /v1/messages/batches/{id}`).
 *
 * @example
 * const { processing_status, request_counts } = await retrieveBetaBatch(client, 'msgbatch_01…');
 */
export function retrieveBetaBatch(
  client: Anthropic,
  batchId: string,
  options: BetaRequestOptions = {},
): APIPromise<BetaMessageBatch> {
  return client.get<BetaMessageBatch>(path`/v1/messages/batches/${batchId}`, options);
}
