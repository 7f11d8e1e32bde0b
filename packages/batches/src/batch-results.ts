import type {
  Anthropic,
  APIPromise,
  MessageBatch,
  MessageBatchIndividualResponse,
  RequestOptions,
  Stream,
} from '@anth/core';
import { requestBatchResults } from '@anth/core/internal';
import { retrieveBatch } from './retrieve-batch.js';

/**
 * The results of an ended batch, one `MessageBatchIndividualResponse` per line of its JSONL
 * results file, decoded as the bytes arrive: memory stays constant however many results there
 * are. Results come in any order: match them on `custom_id`.
 *
 * - Fetches the batch first; while it is still processing (`results_url` is null) this rejects
 *   with an `AnthropicError` and downloads nothing.
 * - Then downloads `results_url` with `Accept: application/binary`, reading the body as JSON
 *   Lines whatever its content type says.
 * - The caller's `signal`, `results.controller.abort()` or leaving the loop early stops the
 *   download. `.withResponse()` gives the download's `Response`.
 *
 * @example
 * for await (const { custom_id, result } of await batchResults(client, batchId)) {
 *   if (result.type === 'succeeded') console.log(custom_id, result.message.content);
 *   else console.log(custom_id, result.type);
 * }
 */
export function batchResults(
  client: Anthropic,
  batchId: string,
  options?: RequestOptions,
): APIPromise<Stream<MessageBatchIndividualResponse>> {
  return requestBatchResults<MessageBatchIndividualResponse, MessageBatch>(
    client,
    (requestOptions) => retrieveBatch(client, batchId, requestOptions),
    options,
  );
}
