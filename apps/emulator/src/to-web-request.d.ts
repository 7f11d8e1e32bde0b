import type { IncomingMessage } from 'node:http';
/**
 * Reads a node request fully and turns it into a web `Request` bound to `signal` (which the server
 * aborts when the client goes away). The body is buffered: API bodies are small, and a buffered body
 * needs no `duplex` streaming option.
 *
 * @example
 * const request = await toWebRequest(incoming, controller.signal);
 */
export declare function toWebRequest(incoming: IncomingMessage, signal: AbortSignal): Promise<Request>;
