import type { ServerResponse } from 'node:http';
/**
 * Writes a web `Response` to a node response: headers first (flushed at once, so a stalled stream
 * still delivers its status), then every body chunk as it comes, with chunked transfer encoding.
 * A body that errors (a `dropAfterEvents` fault) destroys the socket mid-response, and a client that
 * goes away cancels the body, which stops the emulator's timers.
 *
 * @example
 * await sendNodeResponse(await emulator.fetch(request), outgoing);
 */
export declare function sendNodeResponse(response: Response, outgoing: ServerResponse): Promise<void>;
