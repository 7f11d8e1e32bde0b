import { toWireBatch, type BatchStore, type StoredBatch } from '../batches/batch-store.js';
import { createResultsBody } from '../batches/results-body.js';
import type { BatchRequest } from '../batches/run-batch-request.js';
import { validateBatchCreate } from '../batches/validate-batch-create.js';
import { createErrorResponse } from '../errors.js';
import { createJsonResponse } from '../json-response.js';
import type { RouteContext, RouteHandler } from '../route-context.js';
import type { Route } from '../route-table.js';
import { invalidRequest, rejectNonJsonBody } from './invalid-request.js';
import { paginate } from './paginate.js';

/**
 * The Message Batches routes over one emulator's batches. The same paths with `?beta=true` (and
 * the `message-batches-2024-09-24` beta header) are served the same way: matching is on the path.
 *
 * @example
 * routes: [...createBatchRoutes(batches)]
 */
export function createBatchRoutes(batches: BatchStore): Route[] {
  const withBatches =
    (handler: (context: RouteContext, batches: BatchStore) => Response): RouteHandler =>
    (context) =>
      handler(context, batches);
  return [
    {
      pattern: /^\/v1\/messages\/batches$/,
      methods: { POST: withBatches(createBatch), GET: withBatches(listBatches) },
    },
    {
      pattern: /^\/v1\/messages\/batches\/(?<message_batch_id>[^/]+)$/,
      methods: { GET: withBatches(retrieveBatch), DELETE: withBatches(deleteBatch) },
    },
    {
      pattern: /^\/v1\/messages\/batches\/(?<message_batch_id>[^/]+)\/cancel$/,
      methods: { POST: withBatches(cancelBatch) },
    },
    {
      pattern: /^\/v1\/messages\/batches\/(?<message_batch_id>[^/]+)\/results$/,
      methods: { GET: withBatches(batchResults) },
    },
  ];
}

/** `POST /v1/messages/batches`: checks the envelope, then starts an `in_progress` batch. */
function createBatch(context: RouteContext, batches: BatchStore): Response {
  const notJson = rejectNonJsonBody(context);
  if (notJson) return notJson;
  const validationError = validateBatchCreate(context.recorded.body);
  if (validationError) return invalidRequest(context, validationError);
  const { requests } = context.recorded.body as { requests: BatchRequest[] };
  const batch = batches.create(requests.map(({ custom_id, params }) => ({ custom_id, params })));
  return createJsonResponse(toWireBatch(batch, originOf(context)));
}

/** `GET /v1/messages/batches`: newest first, Page pagination (`limit`, `after_id`, `before_id`). */
function listBatches(context: RouteContext, batches: BatchStore): Response {
  const origin = originOf(context);
  const result = paginate(
    batches.list().map((batch) => toWireBatch(batch, origin)),
    context.recorded.query,
  );
  if ('error' in result) return invalidRequest(context, result.error);
  return createJsonResponse(result.page);
}

/** `GET /v1/messages/batches/{id}`: a poll; the schedule may end the batch first. */
function retrieveBatch(context: RouteContext, batches: BatchStore): Response {
  const batch = batches.poll(batchId(context));
  return batch ? createJsonResponse(toWireBatch(batch, originOf(context))) : batchNotFound(context);
}

/** `POST /v1/messages/batches/{id}/cancel`: `in_progress` → `canceling`; other states unchanged. */
function cancelBatch(context: RouteContext, batches: BatchStore): Response {
  const batch = batches.find(batchId(context));
  if (!batch) return batchNotFound(context);
  batches.cancel(batch);
  return createJsonResponse(toWireBatch(batch, originOf(context)));
}

/** `DELETE /v1/messages/batches/{id}`: only once the batch has ended. */
function deleteBatch(context: RouteContext, batches: BatchStore): Response {
  const batch = batches.find(batchId(context));
  if (!batch) return batchNotFound(context);
  if (batch.status !== 'ended')
    return notEnded(
      context,
      batch,
      'cannot be deleted before processing has ended; cancel it first and wait for it to end',
    );
  batches.remove(batch.id);
  return createJsonResponse({ id: batch.id, type: 'message_batch_deleted' });
}

/** `GET /v1/messages/batches/{id}/results`: the JSONL results, streamed in chunks, once ended. */
function batchResults(context: RouteContext, batches: BatchStore): Response {
  const batch = batches.find(batchId(context));
  if (!batch) return batchNotFound(context);
  if (batch.status !== 'ended' || !batch.results)
    return notEnded(context, batch, 'has no results until processing has ended');
  const body = createResultsBody(batch.results, batches.resultsChunkBytes, context.request.signal);
  return new Response(body, { status: 200, headers: { 'content-type': 'application/binary' } });
}

function batchId(context: RouteContext): string {
  return context.params['message_batch_id'] ?? '';
}

/** The origin the request was sent to (`http://127.0.0.1:<port>` on the server). */
function originOf(context: RouteContext): string {
  return new URL(context.request.url).origin;
}

function batchNotFound(context: RouteContext): Response {
  return createErrorResponse({
    requestId: context.requestId,
    status: 404,
    message: `message_batch_id: no batch ${JSON.stringify(batchId(context))}`,
  });
}

function notEnded(context: RouteContext, batch: StoredBatch, problem: string): Response {
  return invalidRequest(context, `Batch ${batch.id} is ${batch.status}: it ${problem}.`);
}
