import type { ServerSentEvent } from '../sse.js';
import type { Message } from './message-types.js';
/**
 * The SSE events of a streamed reply, in the API's order (streaming.md §3): `message_start`, `ping`,
 * per block start / deltas / stop, `message_delta`, `message_stop`. Accumulating them yields `message`.
 *
 * @example
 * toMessageStreamEvents(message, 8).map((event) => event.event);
 * // ['message_start', 'ping', 'content_block_start', 'content_block_delta', …, 'message_stop']
 */
export declare function toMessageStreamEvents(message: Message, chunkSize: number): ServerSentEvent[];
