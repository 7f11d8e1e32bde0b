import type { ResolvedEmulatorOptions } from './resolve-options.js';
import { type Route } from './route-table.js';
import type { Fault, RecordedRequest, ScriptedTurn } from './types.js';
/** The emulator state a request reads and consumes. */
export interface EmulatorState {
    options: ResolvedEmulatorOptions;
    routes: readonly Route[];
    requests: RecordedRequest[];
    takeTurn(): ScriptedTurn | undefined;
    takeFault(path: string): Fault | undefined;
}
/**
 * Serves one request the way the API does, in its order: record, CORS preflight, queued fault,
 * routing (404/405), authentication (401), `anthropic-version` (400), then the route. Every response
 * gets a `request-id` and CORS headers. Rejects only the way fetch would: on abort, or for a
 * `dropConnection` fault.
 *
 * @example
 * const response = await handleRequest(new Request(url, init), state);
 */
export declare function handleRequest(request: Request, state: EmulatorState): Promise<Response>;
