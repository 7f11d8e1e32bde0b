import type { ResolvedEmulatorOptions } from './resolve-options.js';
import type { EventStreamFaults } from './sse.js';
import type { ThreadStore } from './threads/thread-store.js';
import type { RecordedRequest, ScriptedTurn } from './types.js';

/** Everything a route needs to answer one request. */
export interface RouteContext {
  request: Request;
  recorded: RecordedRequest;
  bodyIsJson: boolean;
  bodyBytes: Uint8Array;
  /** Decoded path parameters, e.g. `{ model_id: 'claude-sonnet-4-5' }`. */
  params: Record<string, string>;
  /** The `request-id` of this response, echoed in error bodies. */
  requestId: string;
  options: ResolvedEmulatorOptions;
  /**
   * Takes the next scripted turn, if any (and, with `accept`, only if it accepts that turn); only call
   * it when a reply is actually produced.
   */
  takeTurn(accept?: (turn: ScriptedTurn) => boolean): ScriptedTurn | undefined;
  /** Server-side message threads (first-party API only). */
  threads?: ThreadStore | undefined;
  /** SSE faults of this request's fault, if it has any. */
  streamFaults: EventStreamFaults | undefined;
}

/** A route handler. */
export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;
