import { checkApiVersion } from './api-version.js';
import { authenticate } from './authenticate.js';
import { addCorsHeaders, createPreflightResponse, isCorsPreflight } from './cors.js';
import { createErrorResponse } from './errors.js';
import { applyFaultBeforeHandling, toEventStreamFaults } from './faults.js';
import { createRequestId } from './ids.js';
import { readRequest } from './read-request.js';
import type { ResolvedEmulatorOptions } from './resolve-options.js';
import { matchRoute, type Route } from './route-table.js';
import type { Fault, RecordedRequest, ScriptedTurn } from './types.js';
import type { EmulatorBackend } from './backends/emulator-backend.js';
import type { ThreadStore } from './threads/thread-store.js';

/** The emulator state a request reads and consumes. */
export interface EmulatorState {
  options: ResolvedEmulatorOptions;
  routes: readonly Route[];
  requests: RecordedRequest[];
  takeTurn(accept?: (turn: ScriptedTurn) => boolean): ScriptedTurn | undefined;
  takeFault(path: string): Fault | undefined;
  /** Server-side message threads; absent on cloud backends, which have none. */
  threads?: ThreadStore | undefined;
  /** A cloud backend's auth and version rules (its routes are `routes`); undefined for the first-party API. */
  backend?: EmulatorBackend | undefined;
}

/**
 * Serves one request the way the API does, in its order: record, CORS preflight, queued fault,
 * routing (404/405), authentication (401), `anthropic-version` (400: missing, unknown, or not serving
 * the endpoint), then the route. Every response
 * gets a `request-id` and CORS headers. Rejects only the way fetch would: on abort, or for a
 * `dropConnection` fault.
 *
 * @example
 * const response = await handleRequest(new Request(url, init), state);
 */
export async function handleRequest(request: Request, state: EmulatorState): Promise<Response> {
  // An already aborted fetch never reaches the server.
  if (request.signal.aborted) throw request.signal.reason;
  const { recorded, bodyIsJson, bodyBytes } = await readRequest(request);
  state.requests.push(recorded);
  const requestId = createRequestId();
  // Answered before faults are taken: a browser sends preflights on its own, faults target the real call.
  if (isCorsPreflight(request)) return finishResponse(createPreflightResponse(), requestId);

  const fault = state.takeFault(recorded.path);
  const faultResponse = fault ? await applyFaultBeforeHandling(fault, request.signal, requestId) : undefined;
  if (faultResponse) return finishResponse(faultResponse, requestId, fault?.headers);

  let response: Response;
  try {
    response = await routeRequest();
  } catch (error) {
    // A bug in the emulator should look like an API failure, not like a broken connection.
    response = createErrorResponse({ requestId, status: 500, message: `Emulator error: ${String(error)}` });
  }
  return finishResponse(response, requestId, fault?.headers);

  async function routeRequest(): Promise<Response> {
    const match = matchRoute(state.routes, request.method, recorded.path);
    if (match.kind === 'not_found') return createErrorResponse({ requestId, status: 404 });
    if (match.kind === 'method_not_allowed') {
      return createErrorResponse({ requestId, status: 405, headers: { allow: match.allowedMethods.join(', ') } });
    }
    if (state.backend) {
      const rejection = await state.backend.authenticate({ request, recorded, bodyBytes, requestId });
      if (rejection) return rejection;
    } else {
      const authenticationError = authenticate(request.headers, state.options);
      if (authenticationError) return createErrorResponse({ requestId, status: 401, message: authenticationError });
    }
    const versionError =
      (state.backend?.requiresVersionHeader ?? true)
        ? checkApiVersion(request.headers.get('anthropic-version') || null, recorded.path)
        : undefined;
    if (versionError) return createErrorResponse({ requestId, status: 400, message: versionError });
    return match.handler({
      request,
      recorded,
      bodyIsJson,
      bodyBytes,
      params: match.params,
      requestId,
      options: state.options,
      takeTurn: state.takeTurn,
      threads: state.threads,
      streamFaults: toEventStreamFaults(fault),
    });
  }
}

function finishResponse(response: Response, requestId: string, extraHeaders?: Record<string, string>): Response {
  const headers = new Headers(response.headers);
  headers.set('request-id', requestId);
  addCorsHeaders(headers);
  for (const [name, value] of Object.entries(extraHeaders ?? {})) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
