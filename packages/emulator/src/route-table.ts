import type { BatchStore } from './batches/batch-store.js';
import type { BetaStore } from './beta/beta-store.js';
import type { RouteHandler } from './route-context.js';
import { createBatchRoutes } from './routes/batches.js';
import { createCompletion } from './routes/complete.js';
import { countTokens } from './routes/count-tokens.js';
import { createFileRoutes } from './routes/files.js';
import { createMessage } from './routes/messages.js';
import { listModels, retrieveModel } from './routes/models.js';
import { createSkillRoutes } from './routes/skills.js';

/** One path of the API and its handlers by HTTP method. */
export interface Route {
  /** Matches the whole path; named groups become decoded path params. */
  pattern: RegExp;
  methods: Partial<Record<string, RouteHandler>>;
}

/**
 * Every emulated endpoint. Adding an endpoint is adding a line here and a file in `routes/`.
 *
 * @example
 * matchRoute(createRouteTable(batches, beta), 'GET', '/v1/models');
 */
export function createRouteTable(batches?: BatchStore, beta?: BetaStore): Route[] {
  return [
    { pattern: /^\/v1\/messages$/, methods: { POST: createMessage } },
    { pattern: /^\/v1\/messages\/count_tokens$/, methods: { POST: countTokens } },
    { pattern: /^\/v1\/models$/, methods: { GET: listModels } },
    { pattern: /^\/v1\/models\/(?<model_id>[^/]+)$/, methods: { GET: retrieveModel } },
    { pattern: /^\/v1\/complete$/, methods: { POST: createCompletion } },
    // Message batches exist only where a store keeps them (not on cloud backends, which lack the API).
    ...(batches ? createBatchRoutes(batches) : []),
    // The Files and Skills APIs (beta), over the emulator's in-memory files and skills.
    ...(beta ? [...createFileRoutes(beta), ...createSkillRoutes(beta)] : []),
  ];
}

/** The outcome of routing: a handler with its params, or why there is none. */
export type RouteMatch =
  | { kind: 'found'; handler: RouteHandler; params: Record<string, string> }
  | { kind: 'not_found' }
  | { kind: 'method_not_allowed'; allowedMethods: string[] };

/**
 * Finds the handler for a method and path.
 *
 * @example
 * matchRoute(routes, 'DELETE', '/v1/messages'); // { kind: 'method_not_allowed', allowedMethods: ['POST'] }
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const handler = route.methods[method];
    if (!handler) return { kind: 'method_not_allowed', allowedMethods: Object.keys(route.methods) };
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      params[name] = safeDecode(value);
    }
    return { kind: 'found', handler, params };
  }
  return { kind: 'not_found' };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A malformed escape is kept verbatim; the route then simply finds nothing.
    return value;
  }
}
