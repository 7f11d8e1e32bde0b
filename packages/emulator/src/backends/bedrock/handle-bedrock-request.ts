import { getStatusForErrorType } from '../../errors.js';
import { applyFaultBeforeHandling, toEventStreamFaults } from '../../faults.js';
import { findModel } from '../../find-model.js';
import { readRequest } from '../../read-request.js';
import type { ResolvedEmulatorOptions } from '../../resolve-options.js';
import type { RouteContext, RouteHandler } from '../../route-context.js';
import { createCompletion } from '../../routes/complete.js';
import { createMessage } from '../../routes/messages.js';
import type { RecordedRequest, ScriptedTurn } from '../../types.js';
import { createBedrockErrorResponse, exceptionForStatus } from './bedrock-errors.js';
import { toFirstPartyModelId } from './bedrock-model-id.js';
import { toEventStreamResponse } from './to-event-stream-response.js';
import type { AwsTestCredentials, BedrockFault } from './types.js';
import { verifySigV4 } from './verify-sigv4.js';

/** The Bedrock emulator's state, filled in by `createBedrockEmulator`. */
export interface BedrockEmulatorState {
  region: string;
  credentials: readonly AwsTestCredentials[];
  apiKeys: readonly string[];
  requireAuth: boolean;
  now: () => number;
  isExpired(token: string): boolean;
  options: ResolvedEmulatorOptions;
  requests: RecordedRequest[];
  takeTurn(): ScriptedTurn | undefined;
  takeFault(path: string): BedrockFault | undefined;
}

const ROUTE = /^\/model\/(?<modelId>[^/]+)\/(?<operation>invoke|invoke-with-response-stream)$/;
// Bedrock's own dated version, and what the official SDK 1.x sends instead: the request's
// `anthropic-version` (2026-10-21 for messages, 2023-06-01 for legacy completions). Whether Bedrock
// accepts the latter two is unknown: the emulator does.
const MESSAGES_VERSIONS = ['bedrock-2023-05-31', '2026-10-21'];
const COMPLETIONS_VERSIONS = ['bedrock-2023-05-31', '2023-06-01'];

/**
 * Serves one request the way the Bedrock runtime does, in its order: record, queued fault, routing,
 * authentication (SigV4 verified for real, or a bearer API key), the body checks of Bedrock's Anthropic
 * schema (`anthropic_version` required, no `model`/`stream`, `user_profile_id` a string), then the first-party emulator's
 * `/v1/messages` or `/v1/complete` route on the translated body. Errors come in Bedrock's shape
 * (`{"message"}` + `x-amzn-errortype`); streams as `application/vnd.amazon.eventstream` frames.
 *
 * @example
 * const response = await handleBedrockRequest(new Request(url, init), state);
 */
export async function handleBedrockRequest(request: Request, state: BedrockEmulatorState): Promise<Response> {
  if (request.signal.aborted) throw request.signal.reason;
  const startedAt = Date.now();
  const { recorded, bodyIsJson, bodyBytes } = await readRequest(request);
  state.requests.push(recorded);
  const requestId = crypto.randomUUID();

  const fault = state.takeFault(recorded.path);
  // Latency and dropped connections work as on the first-party emulator; error bodies are Bedrock's.
  if (fault)
    await applyFaultBeforeHandling(
      { latencyMs: fault.latencyMs, dropConnection: fault.dropConnection },
      request.signal,
      requestId,
    );
  const response = fault && isHttpErrorFault(fault) ? faultResponse(fault) : await serve();
  const headers = new Headers(response.headers);
  headers.set('x-amzn-requestid', requestId);
  for (const [name, value] of Object.entries(fault?.headers ?? {})) headers.set(name, value);
  return new Response(response.body, { status: response.status, headers });

  async function serve(): Promise<Response> {
    const match = ROUTE.exec(recorded.path);
    if (!match?.groups || request.method !== 'POST') {
      return createBedrockErrorResponse({
        status: 404,
        exception: 'UnknownOperationException',
        message: `No Bedrock runtime operation ${request.method} ${recorded.path}`,
      });
    }
    const authFailure = await authenticate();
    if (authFailure) return authFailure;

    const body = recorded.body;
    if (!bodyIsJson || typeof body !== 'object' || body === null || Array.isArray(body)) {
      return createBedrockErrorResponse({
        status: 400,
        message: 'Malformed input request: expected a JSON object, please reformat your input and try again.',
      });
    }
    const {
      anthropic_version: version,
      anthropic_beta: betas,
      user_profile_id: userProfileID,
      ...params
    } = body as Record<string, unknown>;
    const legacy = 'prompt' in params;
    if (version === undefined) return malformed('#: required key [anthropic_version] not found');
    if (typeof version !== 'string' || !(legacy ? COMPLETIONS_VERSIONS : MESSAGES_VERSIONS).includes(version))
      return malformed(`#/anthropic_version: ${JSON.stringify(version)} is not a valid enum value`);
    if (userProfileID !== undefined && typeof userProfileID !== 'string')
      return malformed('#/user_profile_id: expected type: String');
    for (const key of ['model', 'stream'])
      if (key in params) return malformed(`#: extraneous key [${key}] is not permitted`);
    if (betas !== undefined && (!Array.isArray(betas) || betas.some((beta) => typeof beta !== 'string')))
      return malformed('#/anthropic_beta: expected an array of strings');

    const modelId = safeDecode(match.groups['modelId'] ?? '');
    const model = findModel(state.options.models, toFirstPartyModelId(modelId));
    if (!model)
      return createBedrockErrorResponse({ status: 400, message: 'The provided model identifier is invalid.' });

    const streaming = match.groups['operation'] === 'invoke-with-response-stream';
    const firstPartyBody = { ...params, model: model.id, ...(streaming ? { stream: true } : {}) };
    const handler: RouteHandler = legacy ? createCompletion : createMessage;
    const context: RouteContext = {
      request,
      recorded: {
        ...recorded,
        path: legacy ? '/v1/complete' : '/v1/messages',
        body: firstPartyBody,
        rawBody: JSON.stringify(firstPartyBody),
      },
      bodyIsJson: true,
      bodyBytes,
      params: {},
      requestId,
      options: state.options,
      takeTurn: state.takeTurn,
      streamFaults: toEventStreamFaults(fault),
    };
    const reply = await handler(context);
    if (!reply.ok) return toBedrockError(reply);
    return streaming ? toEventStreamResponse(reply, fault, startedAt) : reply;
  }

  async function authenticate(): Promise<Response | undefined> {
    if (!state.requireAuth) return undefined;
    const authorization = request.headers.get('authorization');
    if (!authorization)
      return createBedrockErrorResponse({
        status: 403,
        exception: 'MissingAuthenticationTokenException',
        message: 'Missing Authentication Token',
      });
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
    if (bearer !== undefined) {
      if (!state.apiKeys.includes(bearer)) {
        return createBedrockErrorResponse({
          status: 403,
          exception: 'AccessDeniedException',
          message: 'Authentication failed: Please make sure your API Key is valid.',
        });
      }
      return state.isExpired(bearer)
        ? createBedrockErrorResponse({
            status: 403,
            exception: 'ExpiredTokenException',
            message: 'The API key included in the request is expired',
          })
        : undefined;
    }
    const failure = await verifySigV4(
      { method: request.method, url: request.url, headers: request.headers, body: bodyBytes },
      {
        credentials: state.credentials,
        region: state.region,
        service: 'bedrock',
        now: state.now(),
        isExpired: (credentials) =>
          state.isExpired(credentials.accessKeyId) ||
          (credentials.sessionToken !== undefined && state.isExpired(credentials.sessionToken)),
      },
    );
    return failure ? createBedrockErrorResponse(failure) : undefined;
  }
}

function malformed(detail: string): Response {
  return createBedrockErrorResponse({
    status: 400,
    message: `Malformed input request: ${detail}, please reformat your input and try again.`,
  });
}

function isHttpErrorFault(fault: BedrockFault): boolean {
  if (fault.status !== undefined || fault.body !== undefined) return true;
  const describesError =
    fault.errorType !== undefined || fault.message !== undefined || fault.exceptionType !== undefined;
  return describesError && fault.sseErrorAfterEvents === undefined;
}

function faultResponse(fault: BedrockFault): Response {
  const status = fault.status ?? (fault.errorType !== undefined ? getStatusForErrorType(fault.errorType) : 500);
  if (fault.body !== undefined)
    return new Response(fault.body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return createBedrockErrorResponse({ status, exception: fault.exceptionType, message: fault.message });
}

// A first-party validation error (`{"type":"error","error":{"message"}}`) in Bedrock's shape.
async function toBedrockError(reply: Response): Promise<Response> {
  const body = (await reply.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  const status = reply.status === 404 ? 400 : reply.status;
  return createBedrockErrorResponse({
    status,
    exception: exceptionForStatus(status).exception,
    message: body?.error?.message,
  });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
