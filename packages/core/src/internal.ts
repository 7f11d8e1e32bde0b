// @anth/core/internal: building blocks for the sibling packages (@anth/messages, @anth/batches,
// @anth/beta, the cloud clients), and only those they import. Not for application code: these may
// change in any release.

// Requests: path parameters, the environment, multipart bodies, and parsers of the response kinds.
export { path } from './client/encode-path.js';
export { assertParams } from './client/assert-params.js';
export { LEGACY_COMPLETIONS_VERSION } from './client/api-version.js';
export { moveHeaderParams, type HeaderParams } from './client/header-params.js';
export { assertWorkspaceParam } from './client/assert-workspace-param.js';
export { readEnv } from './client/read-env.js';
export { toFormData, type ToFormDataOptions } from './uploads/to-form-data.js';
export { parseJSONResponse } from './transport/parse-json-response.js';
export { parseSSEItems, parseSSEStream } from './streaming/parse-sse-stream.js';

// Messages: the checks and warnings every messages-shaped request gets, on GA and beta alike.
export { guardLongRequest } from './client/long-request-guard.js';
export { warnOnDiscouragedParams } from './client/warn-discouraged-params.js';
export type { StartMessageStream, MessageStreamOptions } from './streaming/message-stream.js';
export { createDeferred, type Deferred } from './streaming/deferred.js';

// Batches: shared by @anth/batches and @anth/beta's beta batches.
export { requestBatchResults, type BatchResultsOptions, type BatchResultsSource } from './batches/batch-results.js';
export { pollBatchUntilEnded, type PollBatchOptions, type PollableBatch } from './batches/wait-for-batch.js';
export { validateBatchRequests } from './batches/validate-batch-requests.js';

// Cloud clients: the backend seam, the shared token cache, and the host-did-not-resolve helper.
export type { CloudSetup } from './client/anthropic.js';
export { refuseOptions } from './client/refuse-options.js';
export type { Backend, BackendContext } from './transport/backend.js';
export {
  createCachedCredential,
  fixedCredential,
  type CachedCredential,
  type CachedCredentialOptions,
  type CredentialFetcher,
} from './auth/cached-credential.js';
export { sendWithToken, tokenFetcher } from './auth/token-auth.js';
export type { ExpiringToken, TokenProvider } from './auth/token-types.js';
export { nameUnresolvedHost } from './transport/name-unresolved-host.js';
export { rebuildRequest, type RequestChanges } from './transport/rebuild-request.js';

// Structured outputs and tools: the schema transform, output formats and the parse step of GA and
// beta messages, and the input checks of beta's schema-typed tools.
export { transformJSONSchema } from './structured-output/transform-json-schema.js';
export { createOutputFormat } from './structured-output/output-format.js';
export { parseStructuredOutput } from './structured-output/parse-structured-output.js';
export { attachParsedOutput } from './structured-output/attach-parsed-output.js';
export { createZodOutputFormat } from './structured-output/zod-output-format.js';
export { createJSONSchemaOutputFormat } from './structured-output/json-schema-output-format.js';
export { zodToJSONSchema } from './structured-output/zod-schema.js';
export { validateStandardSchema, toIssue } from './structured-output/standard-schema.js';
export { describeIssue } from './structured-output/structured-output-error.js';
