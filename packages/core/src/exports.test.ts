import { expect, it } from 'vitest';
import * as core from './index.js';
import * as internal from './internal.js';

// Any change to these lists is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
    [
      "APIConnectionError",
      "APIConnectionTimeoutError",
      "APIError",
      "APIPromise",
      "APIUserAbortError",
      "Anthropic",
      "AnthropicError",
      "AuthenticationError",
      "BadRequestError",
      "BasePage",
      "ConflictError",
      "CursorPage",
      "DeadlineExceededError",
      "InternalServerError",
      "MessageStream",
      "NotFoundError",
      "OverloadedError",
      "Page",
      "PagePromise",
      "PermissionDeniedError",
      "RateLimitError",
      "RequestTooLargeError",
      "ServiceUnavailableError",
      "Stream",
      "StreamIdleTimeoutError",
      "ToolInputParseError",
      "UnprocessableEntityError",
      "VERSION",
      "toFile",
    ]
  `);
});

it('@anth/core/internal exports exactly these runtime names', () => {
  expect(Object.keys(internal).sort()).toMatchInlineSnapshot(`
    [
      "abortableIterable",
      "abortableSleep",
      "accumulateMessageEvent",
      "attachRequestID",
      "backoffDelay",
      "buildURL",
      "composeMiddleware",
      "createCachedCredential",
      "decodeJSONL",
      "errorForEventType",
      "errorForStatus",
      "errorFromSSEEvent",
      "fixedCredential",
      "guardLongRequest",
      "isDNSFailure",
      "iterateSSEEvents",
      "linkAbort",
      "loadCredentialTools",
      "mergeHeaders",
      "nameUnresolvedHost",
      "parseJSONLStream",
      "parseJSONResponse",
      "parsePartialJSON",
      "parseSSEItems",
      "parseSSEStream",
      "path",
      "pollBatchUntilEnded",
      "readEnv",
      "rebuildRequest",
      "redactHeaders",
      "requestBatchResults",
      "sendRequest",
      "serverRequestedDelay",
      "shouldRetryStatus",
      "statusForErrorType",
      "toFormData",
      "unionBetas",
      "validateBatchRequests",
      "warnOnDiscouragedParams",
    ]
  `);
});
