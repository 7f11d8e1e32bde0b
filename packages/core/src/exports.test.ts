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
      "API_VERSION",
      "Anthropic",
      "AnthropicError",
      "AuthenticationError",
      "BadRequestError",
      "BasePage",
      "ClientClosedRequestError",
      "ConflictError",
      "ContentTooLargeError",
      "CursorPage",
      "DeadlineExceededError",
      "GatewayTimeoutError",
      "InternalServerError",
      "MessageStream",
      "NotFoundError",
      "NotImplementedError",
      "OverloadedError",
      "Page",
      "PagePromise",
      "PaymentRequiredError",
      "PermissionDeniedError",
      "PreconditionFailedError",
      "RateLimitError",
      "RequestHeaderFieldsTooLargeError",
      "RequestTimeoutError",
      "RequestTooLargeError",
      "ServiceUnavailableError",
      "Stream",
      "StreamIdleTimeoutError",
      "StructuredOutputError",
      "ToolInputParseError",
      "UnprocessableEntityError",
      "VERSION",
      "listPage",
      "toFile",
    ]
  `);
});

it('@anth/core/internal exports exactly these runtime names', () => {
  expect(Object.keys(internal).sort()).toMatchInlineSnapshot(`
    [
      "LEGACY_COMPLETIONS_VERSION",
      "attachParsedOutput",
      "createCachedCredential",
      "createJSONSchemaOutputFormat",
      "createOutputFormat",
      "createZodOutputFormat",
      "describeIssue",
      "fixedCredential",
      "guardLongRequest",
      "moveHeaderParams",
      "nameUnresolvedHost",
      "parseJSONResponse",
      "parseSSEItems",
      "parseSSEStream",
      "parseStructuredOutput",
      "path",
      "pollBatchUntilEnded",
      "readEnv",
      "rebuildRequest",
      "refuseOptions",
      "requestBatchResults",
      "sendWithToken",
      "toFormData",
      "toIssue",
      "tokenFetcher",
      "transformJSONSchema",
      "validateBatchRequests",
      "validateStandardSchema",
      "warnOnDiscouragedParams",
      "zodToJSONSchema",
    ]
  `);
});
