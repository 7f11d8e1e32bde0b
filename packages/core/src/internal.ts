// @anth/core/internal: building blocks for the sibling packages (@anth/messages, @anth/beta, the
// cloud clients). Not for application code: these may change in any release.

export { path } from './client/encode-path.js';
export { buildURL } from './client/build-url.js';
export { mergeHeaders, unionBetas, type MergedHeaders } from './client/build-headers.js';
export { readEnv } from './client/read-env.js';
export { guardLongRequest } from './client/long-request-guard.js';
export { warnOnDiscouragedParams } from './client/warn-discouraged-params.js';
export { sendRequest } from './transport/send-request.js';
export { composeMiddleware } from './transport/middleware.js';
export { parseJSONResponse, attachRequestID } from './transport/parse-json-response.js';
export { shouldRetryStatus } from './transport/retry-policy.js';
export { backoffDelay, serverRequestedDelay } from './transport/retry-delay.js';
export { abortableSleep } from './transport/abortable-sleep.js';
export { linkAbort } from './transport/link-abort.js';
export { errorForEventType, errorForStatus, statusForErrorType } from './errors/error-for-status.js';
export { redactHeaders } from './logging/redact-headers.js';
export { toFormData, type ToFormDataOptions } from './uploads/to-form-data.js';
export { parseSSEItems, parseSSEStream } from './streaming/parse-sse-stream.js';
export { abortableIterable, type AbortableIterable } from './streaming/abortable-iterable.js';
export { parseJSONLStream } from './streaming/parse-jsonl-stream.js';
export { iterateSSEEvents, type ServerSentEvent } from './streaming/sse-events.js';
export { errorFromSSEEvent } from './streaming/error-from-sse-event.js';
export { decodeJSONL } from './streaming/jsonl-decoder.js';
export { accumulateMessageEvent } from './streaming/accumulate-message.js';
export { parsePartialJSON } from './streaming/partial-json.js';
export type { StartMessageStream, MessageStreamOptions } from './streaming/message-stream.js';
export { requestBatchResults, type BatchResultsOptions, type BatchResultsSource } from './batches/batch-results.js';
export { pollBatchUntilEnded, type PollBatchOptions, type PollableBatch } from './batches/wait-for-batch.js';
export { validateBatchRequests } from './batches/validate-batch-requests.js';
export type { AccessToken, TokenProvider } from './auth/token-types.js';
export { loadCredentialTools, type CredentialTools } from './auth/load-credential-tools.js';
export {
  createCachedCredential,
  fixedCredential,
  type CachedCredential,
  type CachedCredentialOptions,
  type CachedToken,
  type CredentialFetchContext,
  type CredentialFetcher,
  type ExpiringCredential,
} from './auth/cached-credential.js';
export { isDNSFailure } from './transport/is-dns-failure.js';
export { nameUnresolvedHost } from './transport/name-unresolved-host.js';
export { rebuildRequest, type RequestChanges } from './transport/rebuild-request.js';
export { transformJSONSchema } from './structured-output/transform-json-schema.js';
export { createOutputFormat } from './structured-output/output-format.js';
export { parseStructuredOutput } from './structured-output/parse-structured-output.js';
export { attachParsedOutput } from './structured-output/attach-parsed-output.js';
export { createZodOutputFormat } from './structured-output/zod-output-format.js';
export { createJSONSchemaOutputFormat } from './structured-output/json-schema-output-format.js';
export { zodToJSONSchema } from './structured-output/zod-schema.js';
export { validateStandardSchema, toIssue } from './structured-output/standard-schema.js';
export { describeIssue } from './structured-output/structured-output-error.js';
