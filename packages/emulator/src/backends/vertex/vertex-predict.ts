import { findModel } from '../../find-model.js';
import { isRecord } from '../../is-record.js';
import type { RouteContext } from '../../route-context.js';
import { countTokens } from '../../routes/count-tokens.js';
import { invalidRequest, rejectNonJsonBody } from '../../routes/invalid-request.js';
import { createMessage } from '../../routes/messages.js';
import { checkVertexHost } from './check-vertex-host.js';
import { createGoogleErrorResponse } from './google-error.js';

/**
 * The `anthropic_version` values Vertex takes in the body (it reads no `anthropic-version` header): its
 * own dated one, and the request's API version, which the official SDK 1.x sends instead. Whether
 * Vertex accepts `2026-10-21` is unknown: the emulator does.
 */
export const VERTEX_ANTHROPIC_VERSIONS = ['vertex-2023-10-16', '2026-10-21'];

/**
 * `POST /v1/projects/{project}/locations/{location}/publishers/anthropic/models/{model}:rawPredict`
 * (JSON) and `…:streamRawPredict` (SSE): checks what the Vertex client must have rewritten (model in
 * the URL and not in the body, `anthropic_version` in the body, `stream: true` exactly on
 * `:streamRawPredict`, no query), then answers as `POST /v1/messages`.
 *
 * @example
 * { pattern: VERTEX_PREDICT_PATTERN, methods: { POST: vertexPredict } }
 */
export function vertexPredict(context: RouteContext): Response {
  const rejected = checkVertexRequest(context);
  if (rejected) return rejected;
  const body = context.recorded.body as Record<string, unknown>;
  if ('model' in body)
    return invalidRequest(context, 'model: Extra inputs are not permitted (on Vertex AI the model is part of the URL)');
  const streaming = context.params['method'] === 'streamRawPredict';
  if (streaming && body['stream'] !== true)
    return invalidRequest(context, 'stream: :streamRawPredict requires "stream": true');
  if (!streaming && body['stream'] === true) return invalidRequest(context, 'stream: use :streamRawPredict to stream');
  const model = resolveModel(context, context.params['model'] ?? '');
  if (model instanceof Response) return model;
  const { anthropic_version: _version, ...params } = body;
  return createMessage(withBody(context, { ...params, model }));
}

/**
 * `POST /v1/projects/{project}/locations/{location}/publishers/anthropic/models/count-tokens:rawPredict`:
 * the body keeps its `model` and carries `anthropic_version`; answers as `POST /v1/messages/count_tokens`.
 *
 * @example
 * { pattern: VERTEX_COUNT_TOKENS_PATTERN, methods: { POST: vertexCountTokens } }
 */
export function vertexCountTokens(context: RouteContext): Response {
  const rejected = checkVertexRequest(context);
  if (rejected) return rejected;
  const body = context.recorded.body as Record<string, unknown>;
  if (typeof body['model'] !== 'string') return invalidRequest(context, 'model: Field required');
  const model = resolveModel(context, body['model']);
  if (model instanceof Response) return model;
  const { anthropic_version: _version, ...params } = body;
  return countTokens(withBody(context, { ...params, model }));
}

/** Checks shared by both endpoints: host ↔ location, no query parameters, a JSON object body with the Vertex version. */
function checkVertexRequest(context: RouteContext): Response | undefined {
  const url = new URL(context.request.url);
  const hostProblem = checkVertexHost(url.hostname, context.params['location'] ?? '');
  if (hostProblem) return createGoogleErrorResponse({ status: 400, message: hostProblem });
  // Google front ends bind query parameters to request fields and reject unknown ones (e.g. `?beta=true`).
  const [unknownParameter] = url.searchParams.keys();
  if (unknownParameter !== undefined) {
    return createGoogleErrorResponse({
      status: 400,
      message: `Invalid JSON payload received. Unknown name "${unknownParameter}": Cannot bind query parameter. Field '${unknownParameter}' could not be found in request message.`,
    });
  }
  const notJson = rejectNonJsonBody(context);
  if (notJson) return notJson;
  const body = context.recorded.body;
  if (!isRecord(body)) return invalidRequest(context, 'Input should be a valid dictionary');
  if (body['anthropic_version'] === undefined) return invalidRequest(context, 'anthropic_version: Field required');
  if (!VERTEX_ANTHROPIC_VERSIONS.includes(body['anthropic_version'] as string)) {
    return invalidRequest(context, `anthropic_version: Input should be 'vertex-2023-10-16' or '2026-10-21'`);
  }
  return undefined;
}

/** Vertex model ids put `@` before the date (`claude-sonnet-4-5@20250929`); the catalogue uses `-`. */
function resolveModel(context: RouteContext, vertexModel: string): string | Response {
  const model = findModel(context.options.models, vertexModel.replace('@', '-'));
  if (model) return model.id;
  const { project = '', location = '' } = context.params;
  return createGoogleErrorResponse({
    status: 404,
    message: `Publisher Model \`projects/${project}/locations/${location}/publishers/anthropic/models/${vertexModel}\` not found.`,
  });
}

// A copy: the recorded request in `emulator.requests` keeps what the client really sent.
function withBody(context: RouteContext, body: Record<string, unknown>): RouteContext {
  return { ...context, recorded: { ...context.recorded, body } };
}
